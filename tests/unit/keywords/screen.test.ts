import { afterEach, describe, expect, it } from 'vitest';
import { postFromHtml as post } from '../fixtures';
import { compileQueries } from '@/utils/keywords/matcher';
import { quickPostText, readPostText, textBreaks } from '@/utils/keywords/post-text';

// The edges a faster screen (one that reads fewer characters, or asks the page less) is
// most likely to get wrong: short words, words at the text's start and end, surrogate
// pairs, foldings into several characters or none, camel-case hashtags, words glued
// across paragraphs, emoji images inside a word. Each row says what the screen answers on
// the post's raw text with the page's word breaks; wherever the exact reading finds a
// mention, the screen must keep the post (`true` may be a maybe; `false` must be sure).
const matcher = compileQueries(
  ['SNCF', 'Orange', 'coeur', 'rembours*', '"Acme Corp"', 'Zo'].map((query, i) => ({ id: `q${i}`, label: query, color: '#000000', query })),
);

afterEach(() => {
  document.body.replaceChildren();
});

describe('the screen on raw text', () => {
  it.each([
    ['a short word alone', '<p>SNCF</p>', true],
    ['a two-letter word alone', 'Zo', true],
    ['a two-letter word glued in one text node', 'Zoo', false],
    ['a word at the text’s end', '<p>merci la SNCF</p>', true],
    ['a word at the text’s start, glued after', '<p>SNCFville</p>', false],
    ['a word glued in one text node, mid-text', '<p>une orangeade fraîche</p>', false],
    ['a word glued across paragraphs', '<p>Orange</p><p>ade</p>', true],
    ['a word glued across paragraphs, before', '<p>bonjour</p><p>SNCF</p>', true],
    ['a word glued before, in one text node', '<p>bonjourSNCF</p>', false],
    ['surrogate pairs around a word', '<p>🎉SNCF🎉</p>', true],
    ['a word in mathematical bold (surrogate pairs that fold)', '<p>𝐒𝐍𝐂𝐅</p>', true],
    ['an emoji image glued after a word', '<p>SNCF<img alt="🎉">ville</p>', true],
    ['an emoji image inside a word (the exact reading splits it)', '<p>SN<img alt="🎉">CF</p>', true],
    ['a ligature folding into two characters', '<p>mon cœur</p>', true],
    ['a ligature, glued', '<p>moncœur</p>', false],
    ['a zero-width space inside a word', '<p>SN\u200BCF</p>', true],
    ['a camel-case hashtag', '<p>#OrangeFrance</p>', true],
    ['a hashtag without humps', '<p>#orangefrance</p>', false],
    ['a camel-case hashtag at the text’s end, glued before', '<p>vive #SuperSNCF</p>', true],
    ['a stem glued after', '<p>remboursement</p>', true],
    ['a stem glued before', '<p>nonremboursable</p>', false],
    ['a phrase’s first word glued to a skipped element', '<p>Acme<button>x</button>Corp</p>', true],
    ['a phrase split by emphasis', '<p>Acme <b>Corp</b></p>', true],
  ])('%s', (_, html, screened) => {
    const el = post(html);
    const raw = quickPostText(el);
    const kept = matcher.screen(raw, textBreaks(el, raw.length));
    expect(kept).toBe(screened);
    expect(matcher.screen(raw, textBreaks(el))).toBe(screened);
    if (matcher.match(readPostText(el).text).queryIds.length > 0) expect(kept).toBe(true);
  });
});

// Where a found word starts is read back from the text: straight back when each of its
// characters took one step of the table, character by character after one that did not
// (folded into several characters or none, a surrogate pair, met for the first time).
describe('the screen on a text read exactly', () => {
  const acme = compileQueries([{ id: 'q', label: 'Acme', color: '#000000', query: 'Acme' }]);
  it.each([
    ['Acme', true],
    ['xAcme', false],
    ['Acmex', false],
    ['œ Acme', true],
    ['œAcme', false],
    ['🎉Acme', true],
    ['𝐱Acme', false],
    ['Acmé', true],
    ['ŒAcmé', false],
    ['ＡＣＭＥ', true],
    ['ｘＡＣＭＥ', false],
    ['Ac\u200Bme', true],
    // Behind an invisible character a break may fall on either side: left to the exact reading.
    ['x\u200BAcme', true],
    ['Ac\u0301me !', true],
    ['#BigAcme', true],
    ['#bigacme', false],
    ['l’Acme', true],
  ])('%s', (text, screened) => {
    expect(acme.screen(text, () => false)).toBe(screened);
    // Screening never keeps less than the exact match finds.
    if (acme.match(text).queryIds.length > 0) expect(screened).toBe(true);
  });
});
