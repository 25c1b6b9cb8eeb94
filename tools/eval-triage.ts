/**
 * `npm run eval`: how well the shipped triage does, per task and language, on the val
 * splits and on our held-out part of the training files (never trained or tuned on; see
 * tools/triage-data.ts), beside the reference points of issue 5.
 */
import { checkReply, type ToneOptions } from '../utils/tone/check-reply';
import { classifyMention } from '../utils/tone/triage/classify';
import { politenessScore } from '../utils/tone/triage/politeness';
import { f1, macroF1, rocAuc, rocAucInterval } from './metrics';
import { POLITE_REPLIES } from './polite-replies';
import { hostilityFr, offensiveEn, politenessBinaryTexts, politenessEn, sentiment, type Example } from './triage-data';

const started = Date.now();
const rows: string[][] = [['task', 'lang', 'split', 'n', 'measure', 'ours', '95 % interval', 'reference']];
const fmt = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(3));
/** The ROC-AUC and its bootstrap interval, as two cells. */
const auc = (truth: number[], scores: number[]) => [fmt(rocAuc(truth, scores)), rocAucInterval(truth, scores).map(fmt).join('–')];
const SENTIMENT = { neg: 0, neu: 1, pos: 2 } as const;

for (const lang of ['en', 'fr'] as const) {
  const data = sentiment(lang);
  for (const [split, examples] of [['val', data.val], ['held-out', data.heldOut]] as const) {
    const predicted = examples.map((e) => SENTIMENT[classifyMention(e.text, { fallbackLang: lang }).sentiment]);
    const reference = lang === 'en' ? 'FastText 0.63, lexicons ~0.58, XLM-R 0.68–0.72' : 'FastText 0.55, lexicons 0.42–0.49, XLM-R 0.68–0.72';
    rows.push(['sentiment', lang, split, String(examples.length), 'macro-F1', fmt(macroF1(examples.map((e) => e.label), predicted, 3)), '', reference]);
  }
}

function toxicity(lang: 'fr' | 'en', split: string, examples: Example[], note = '') {
  const scores = examples.map((e) => classifyMention(e.text, { fallbackLang: lang }).toxicity);
  const truth = examples.map((e) => e.label);
  const task = lang === 'en' ? 'offensive' : 'hostility';
  const reference = lang === 'en' ? 'lexicons AUC ~0.77; target ≥ 0.85' : '';
  rows.push([task, lang, split + note, String(examples.length), 'ROC-AUC', ...auc(truth, scores), reference]);
  rows.push([task, lang, split + note, String(examples.length), 'F1 (≥ 0.5)', fmt(f1(truth, scores.map((s) => (s >= 0.5 ? 1 : 0)))), '', '']);
}
const offensive = offensiveEn();
toxicity('en', 'val', offensive.val);
toxicity('en', 'held-out', offensive.heldOut);
toxicity('fr', 'held-out', hostilityFr().heldOut, ' (not an official split)');

const polite = politenessEn().heldOut;
const binary = politenessBinaryTexts();
const ends = polite.filter((e) => binary.has(e.text));
for (const [split, examples] of [['held-out', polite], ['held-out, top/bottom 25 %', ends]] as const) {
  const scores = examples.map((e) => politenessScore(e.text, 'en'));
  rows.push(['politeness', 'en', split, String(examples.length), 'ROC-AUC', ...auc(examples.map((e) => (e.label > 0 ? 1 : 0)), scores), '']);
}
// The French model has no French test text; the same English requests, read through the
// strategy cues only, say whether those cues carry the judgement.
{
  const scores = polite.map((e) => politenessScore(e.text, 'fr'));
  rows.push(['politeness (cues only)', 'en', 'held-out', String(polite.length), 'ROC-AUC', ...auc(polite.map((e) => (e.label > 0 ? 1 : 0)), scores), 'the French model, on English']);
}

// False alarms: plainly polite replies that the tone check flags (level warn or block),
// checked on their own and as the helper checks them, answering a question (where some
// courtesy is expected of a reply).
const flagged = (text: string, lang: 'fr' | 'en', answering?: ToneOptions['answering']) =>
  checkReply(text, { forbidden: [], lang, answering }).level !== 'ok';
const topPolite = polite.filter((e) => binary.has(e.text) && e.label > 0);
for (const answering of [undefined, 'question'] as const) {
  for (const [name, items] of [
    ['top polite held-out requests', topPolite.map((e) => ({ text: e.text, lang: 'en' as const }))],
    ['our polite brand replies', POLITE_REPLIES.filter((r) => r.lang === 'en')],
    ['our polite brand replies', POLITE_REPLIES.filter((r) => r.lang === 'fr')],
  ] as const) {
    const hits = items.filter((r) => flagged(r.text, r.lang, answering)).length;
    const split = answering ? `${name}, answering a question` : name;
    rows.push(['polite flagged by checkReply', items[0]?.lang ?? '', split, String(items.length), 'share flagged', fmt(hits / Math.max(1, items.length)), '', 'lower is better']);
  }
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, j) => (j === 5 || j === 3 ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\nHeld-out: 15 % of each training file by a hash of the text, never trained or tuned on. ${((Date.now() - started) / 1000).toFixed(1)} s.`);
