/**
 * Profanity word lists published on npm by others (devDependencies, read at training time
 * only): how many of them hold each folded word. The toxicity models read that count
 * (features.ts, `listed`) next to our own cue lists (offensive.ts): words the training
 * tweets never had, or had once, then still say something. Five English lists and two
 * French ones, written independently, so a word most of them hold is surely a swear word
 * and a word one of them holds (`god`, `butt`) is a weak sign the model weighs as it learns.
 * What ships is only hashes and counts, in the cue table (cues.ts, `listedCount`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cuss as cussEn } from 'cuss';
import { cuss as cussFr } from 'cuss/fr';
import { ROOT } from './triage-data';

const modules = join(ROOT, 'node_modules');
const json = (path: string): unknown => JSON.parse(readFileSync(join(modules, path), 'utf8'));
const strings = (value: unknown, name: string): string[] => {
  if (!Array.isArray(value) || !value.every((w) => typeof w === 'string')) throw new Error(`${name}: expected a list of words`);
  return value;
};
/**
 * `cuss` rates how sure it is that a word is profane: 0 for words that are mostly not
 * (`american`, `black`, `church`, `gun`: a post naming them is no more toxic), 1 or 2 for
 * the others. Only those count.
 */
const surelyProfane = (ratings: Record<string, number>) => Object.keys(ratings).filter((word) => ratings[word]! >= 1);

/** Each list by the package it comes from (their licences: README, Data and credits). */
export function outsideLists(): { name: string; words: string[] }[] {
  // badwords-list ships its list only as a CommonJS module: `module.exports = [...]`.
  const badwords = readFileSync(join(modules, 'badwords-list', 'lib', 'array.js'), 'utf8').replace(/^module\.exports\s*=\s*/, '').replace(/;\s*$/, '');
  return [
    { name: 'naughty-words (en)', words: strings(json('naughty-words/en.json'), 'naughty-words') },
    { name: 'profane-words', words: strings(json('profane-words/words.json'), 'profane-words') },
    { name: 'cuss (en)', words: surelyProfane(cussEn) },
    { name: 'badwords-list', words: strings(JSON.parse(badwords), 'badwords-list') },
    { name: 'swearjar', words: Object.keys(json('swearjar/lib/config/en_US.json') as object) },
    { name: 'naughty-words (fr)', words: strings(json('naughty-words/fr.json'), 'naughty-words fr') },
    { name: 'cuss (fr)', words: surelyProfane(cussFr) },
  ];
}

/**
 * Folded word (as `fold` gives it; null for a phrase, which no one word can match) → how
 * many lists hold it.
 */
export function listedCounts(fold: (word: string) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of outsideLists()) {
    const seen = new Set<string>();
    for (const entry of list.words) {
      const word = fold(entry);
      if (word) seen.add(word);
    }
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
