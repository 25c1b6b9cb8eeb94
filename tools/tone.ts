/**
 * `npm run --silent tone -- FILE [--lang fr|en]`: one reply per line in, one JSON tone
 * check per line out ({level, score, findings}), by the module the extension ships.
 * --lang is the fallback for texts too short to tell (default en).
 */
import { checkReply, type ToneOptions } from '../utils/tone/check-reply';
import { guessLanguage } from '../utils/tone/language';
import { politenessScore } from '../utils/tone/triage/politeness';
import { readInput, writeLines } from './cli-io';

const { lines, lang: fallback } = readInput();
writeLines(lines.map((line) => toneOf(line, guessLanguage(line) ?? fallback)));

function toneOf(text: string, lang: 'fr' | 'en') {
  // The checker is gaining a `lang` option and a `score`; until it has them, the score
  // is the politeness model's, here in the CLI only.
  const options = { forbidden: [], lang } as ToneOptions;
  const result = checkReply(text, options) as ReturnType<typeof checkReply> & { score?: number };
  const score = typeof result.score === 'number' ? result.score : politenessScore(text, lang);
  return {
    level: result.level,
    score,
    findings: result.findings.map(({ rule, start, end, message }) => ({ rule, start, end, message })),
  };
}
