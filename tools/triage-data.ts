/**
 * The labelled data of ../shared/data (or $PP_DATA_DIR), read for training and for
 * evaluation, and the one deterministic split both rely on: a text whose hash falls in
 * the last 15 % is HELD OUT — never trained on, never tuned on, only measured.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { hashString } from '../utils/tone/triage/hash';

/** The project root (tools/run.mjs says where it is). */
export const ROOT = resolve(process.env.PP_ROOT ?? process.cwd());
export const DATA_DIR = resolve(process.env.PP_DATA_DIR ?? join(ROOT, '..', 'shared', 'data'));
const HELD_OUT_PERCENT = 15;
const SPLIT_SEED = 0x5eed5eed;

export interface Example<L = number> {
  text: string;
  label: L;
}

export interface Split<L = number> {
  train: Example<L>[];
  val: Example<L>[];
  heldOut: Example<L>[];
}

/** Same text, same side: duplicates never straddle the split. */
export function isHeldOut(text: string): boolean {
  return hashString(text.trim().toLowerCase(), SPLIT_SEED) % 100 < HELD_OUT_PERCENT;
}

function file(...parts: string[]): string {
  const path = join(DATA_DIR, ...parts);
  if (!existsSync(path)) throw new Error(`Missing ${path}: set PP_DATA_DIR to the folder described in SOURCES.md.`);
  return path;
}

// The xlm-t English tweets write some characters as JSON-style escapes (\u2019, \u002c).
const unescape = (s: string) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function lines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const out = text.split('\n');
  if (out.at(-1) === '') out.pop();
  return out;
}

function textLabels(folder: string, split: 'train' | 'val'): Example[] {
  const texts = lines(file(folder, `${split}_text.txt`)).map((t) => unescape(t).trim());
  const labels = lines(file(folder, `${split}_labels.txt`)).map(Number);
  if (texts.length !== labels.length) throw new Error(`${folder}/${split}: ${texts.length} texts, ${labels.length} labels`);
  return texts.map((text, i) => ({ text, label: labels[i]! }));
}

/** Train minus held-out, the official val, and the held-out part of train. */
function splitOf(folder: string): Split {
  const all = textLabels(folder, 'train');
  return { train: all.filter((e) => !isHeldOut(e.text)), val: textLabels(folder, 'val'), heldOut: all.filter((e) => isHeldOut(e.text)) };
}

/** Sentiment: 0 negative, 1 neutral, 2 positive. */
export const sentiment = (lang: 'fr' | 'en'): Split => splitOf(`sentiment-${lang}`);
/** Offensive (OLID): 0 not offensive, 1 offensive. */
export const offensiveEn = (): Split => splitOf('offensive-en');

function csv(path: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data;
}

/** French hostility (MLMA): 1 when any hostile label, 0 for "normal" alone. No official val split. */
export function hostilityFr(): Split {
  const all = csv(file('hostility-fr', 'fr_dataset.csv')).map((r) => ({
    text: (r.tweet ?? '').trim(),
    label: (r.sentiment ?? '').split('_').every((s) => s === 'normal') ? 0 : 1,
  }));
  return { train: all.filter((e) => !isHeldOut(e.text)), val: [], heldOut: all.filter((e) => isHeldOut(e.text)) };
}

/** Politeness (Stanford requests via TyDiP): the continuous score; > 0 is polite. No val split. */
export function politenessEn(): Split {
  const all = csv(file('politeness', 'en_train.csv')).map((r) => ({ text: (r.sentence ?? '').trim(), label: Number(r.score) }));
  return { train: all.filter((e) => !isHeldOut(e.text)), val: [], heldOut: all.filter((e) => isHeldOut(e.text)) };
}

/** Texts of the binary file (top and bottom quarters of the scores), to measure on those too. */
export function politenessBinaryTexts(): Set<string> {
  return new Set(csv(file('politeness', 'en_train_binary.csv')).map((r) => (r.sentence ?? '').trim()));
}

/** The French politeness-strategy lexicon: strategy → (English word, French translations). */
export interface StrategyRow {
  strategy: string;
  english: string;
  french: { word: string; count: number }[];
}

export function politenessStrategies(): StrategyRow[] {
  const rows = Papa.parse<string[]>(readFileSync(file('politeness', 'strategies', 'fr.csv'), 'utf8'), { skipEmptyLines: true }).data;
  const out: StrategyRow[] = [];
  let strategy = '';
  for (const [first = '', list = ''] of rows.slice(1)) {
    if (first.startsWith('Strategy - ')) {
      strategy = first.slice('Strategy - '.length);
      continue;
    }
    // The list is a Python literal: [('word', 3), ("l'word", 1)].
    const french = [...list.matchAll(/\(\s*(['"])(.*?)\1\s*,\s*(\d+)\s*\)/g)].map((m) => ({ word: m[2] ?? '', count: Number(m[3]) }));
    out.push({ strategy, english: first, french });
  }
  return out;
}
