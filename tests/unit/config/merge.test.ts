import { describe, expect, it } from 'vitest';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import { mergeConfigs, type TeamDocument } from '@/utils/config/merge';

const personal = {
  ...BUILT_IN_CONFIG,
  brand: { name: 'Acme', agent: 'Camille', handles: ['@acme'] },
  replies: BUILT_IN_CONFIG.replies.slice(0, 2),
  tone: { forbidden: ['promis'] },
  variables: { hotline: 'personal', mine: 'x' },
};
const team: TeamDocument = {
  version: 1,
  brand: { name: 'Acme Corp', agent: 'Service client', handles: ['@acmecorp'] },
  queries: [{ id: 'brand', label: 'Acme (team)', color: '#000000', query: 'Acme OR @acmecorp' }],
  replies: [{ id: 'thanks-en', title: 'Team thanks', category: 'thanks', lang: 'en', text: 'Thanks from the team', version: 3 }],
  tone: { forbidden: ['guaranteed refund', 'promis'] },
  variables: { hotline: 'team' },
};

describe('mergeConfigs', () => {
  it('is the personal set, marked personal, without a team', () => {
    const { config, conflicts } = mergeConfigs(personal, null);
    expect(config.replies.map((r) => [r.id, r.origin])).toEqual([['thanks-fr', 'personal'], ['thanks-en', 'personal']]);
    expect(conflicts).toEqual({ replies: [], queries: [] });
  });

  it('puts the team first, lets it win a conflict and reports it', () => {
    const { config, conflicts } = mergeConfigs(personal, team);
    expect(config.replies.map((r) => [r.id, r.origin, r.title])).toEqual([
      ['thanks-en', 'team', 'Team thanks'],
      ['thanks-fr', 'personal', 'Remerciement'],
    ]);
    expect(config.queries.map((q) => [q.id, q.origin])).toEqual([['brand', 'team']]);
    expect(conflicts).toEqual({ replies: ['thanks-en'], queries: ['brand'] });
  });

  it('takes the brand from the team and keeps the manager’s signature', () => {
    const { config } = mergeConfigs(personal, team);
    expect(config.brand).toEqual({ name: 'Acme Corp', agent: 'Camille', handles: ['@acmecorp'] });
    expect(mergeConfigs({ ...personal, brand: { ...personal.brand, agent: '' } }, team).config.brand.agent).toBe('Service client');
  });

  it('keeps the personal brand under a team spreadsheet (replies only), and unions the rules', () => {
    const sheet: TeamDocument = { version: 1, queries: [], replies: team.replies, tone: { forbidden: [] } };
    const { config } = mergeConfigs(personal, sheet);
    expect(config.brand.name).toBe('Acme');
    expect(mergeConfigs(personal, team).config.tone.forbidden).toEqual(['guaranteed refund', 'promis']);
    expect(mergeConfigs(personal, team).config.variables).toEqual({ hotline: 'team', mine: 'x' });
  });
});
