import { describe, expect, it } from 'vitest';
import { fillTemplate, unknownVariables } from '@/utils/replies/template';

describe('fillTemplate', () => {
  it.each([
    ['Merci {author} ! {agent}', { author: 'Léa', agent: 'Camille' }, 'Merci Léa ! Camille'],
    ['Thanks {author}, the {brand} team. {agent}', { author: 'Sam', brand: 'Acme' }, 'Thanks Sam, the Acme team.'],
    ['Hi {author}', { author: '{brand}', brand: 'Acme' }, 'Hi {brand}'],
    ['Hi {author}', { author: '<b>Eve</b>' }, 'Hi <b>Eve</b>'],
    ['About {product} on {date}', { product: 'Rocket', date: '22/11/2026' }, 'About Rocket on 22/11/2026'],
    ['Hi {author}', { author: '   ' }, 'Hi'],
  ])('%j with %j → %j', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });
});

describe('unknownVariables', () => {
  it.each([
    ['Hi {author}, {brand} {agent} {product} {date}', []],
    ['Hi {autor} and {xyz} and {autor}', ['autor', 'xyz']],
    ['Empty {} braces', ['']],
  ])('%j → %j', (template, expected) => {
    expect(unknownVariables(template)).toEqual(expected);
  });
});
