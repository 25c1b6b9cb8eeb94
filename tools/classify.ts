/**
 * `npm run --silent classify -- FILE [--lang fr|en]`: one mention per line in, one JSON
 * triage per line out, in the same order, computed by the module the extension ships.
 * --lang is the fallback for texts too short to tell (default en).
 */
import { classifyMention } from '../utils/tone/triage/classify';
import { readInput, writeLines } from './cli-io';

const { lines, lang } = readInput();
writeLines(lines.map((line) => classifyMention(line, { fallbackLang: lang })));
