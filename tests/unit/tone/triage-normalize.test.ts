import { describe, expect, it } from 'vitest';
import { triageTokens } from '@/utils/tone/triage/normalize';

describe('triageTokens', () => {
  it.each([
    // French: elision, negation (ne … pas, pas du tout, informal pas), accents optional.
    ["J'ai pas reçu ma commande", ['je', 'ai', 'pas', '!recu', '!ma', '!commande']],
    ["Je ne suis pas du tout content.", ['je', 'ne', '!suis', 'pas', '!du', '!tout', '!content', '']],
    ["C'est pas mal, l'équipe", ['ce', 'est', 'pas', '!mal', 'le', 'equipe']],
    ["Qu'est-ce qu'il fait ?", ['que', 'est', 'ce', 'que', 'il', 'fait', '?']],
    ['tres deçu', ['tres', 'decu']],
    // Abbreviations and laughter.
    ['stp réponds mdr', ['svp', 'reponds', '_laugh_']],
    ['svp hahaha', ['svp', '_laugh_']],
    // English: contractions, negation closed by punctuation, wtf, lol.
    ["I don't like it, really", ['i', 'do', 'not', '!like', '!it', 'really']],
    ["can't wait lol", ['can', 'not', '!wait', '_laugh_']],
    ['wtf is this', ['wtf', 'is', 'this']],
    // Handles, links, squeezed letters, caps, emoji and emoticons, punctuation runs.
    ['@Acme sooooo good http://t.co/x', ['_user_', '_elong_', 'soo', 'good', '_url_']],
    ['THIS IS BROKEN!!!!', ['_caps_', 'this', 'is', '_caps_', 'broken', '!!']],
    ['nul 😡 :(', ['nul', '😡', '_emo_neg_', ':(', '_emo_neg_']],
    ['top 👍🏽 :)', ['top', '👍', '_emo_pos_', ':)', '_emo_pos_']],
    ['#AcmeFail', ['acmefail']],
  ])('%j', (text, expected) => {
    expect(triageTokens(text).tokens).toEqual(expected.filter(Boolean));
  });

  it('keeps the plain words, unmarked, for character n-grams', () => {
    expect(triageTokens("Je n'aime pas @Acme").words).toEqual(['je', 'ne', 'aime', 'pas']);
  });
});
