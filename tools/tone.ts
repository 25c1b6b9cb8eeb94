/**
 * `npm run --silent tone -- FILE [--lang fr|en]`: one reply per line in, one JSON tone
 * check per line out ({level, score, findings}), by the module the extension ships.
 * --lang is the fallback for texts too short to tell (default en). Each finding's
 * message is the English text the helper shows.
 */
import en from '../public/_locales/en/messages.json';
import { checkReply } from '../utils/tone/check-reply';
import { guessLanguage } from '../utils/tone/language';
import { readInput, writeLines } from './cli-io';

const messages = en as Record<string, { message: string }>;
const { lines, lang: fallback } = readInput();
writeLines(
  lines.map((line) => {
    const { level, score, findings } = checkReply(line, { forbidden: [], lang: guessLanguage(line) ?? fallback });
    return {
      level,
      score,
      findings: findings.map(({ rule, start, end, message }) => ({ rule, start, end, message: messages[message]?.message ?? message })),
    };
  }),
);
