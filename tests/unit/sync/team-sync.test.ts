import { describe, expect, it, vi } from 'vitest';
import { savePersonal } from '@/utils/config/settings';
import { configItem, teamItem } from '@/utils/config/storage-items';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import { syncTeamSource } from '@/utils/sync/team-sync';

const TEAM = {
  version: 1,
  brand: { name: 'Acme' },
  queries: [],
  replies: [{ id: 'team-1', title: 'Team', category: 'question', lang: 'fr', text: 'Bonjour {author}' }],
};
const CSV = 'id,title,category,lang,text\r\nteam-csv,Sheet,praise,en,Thanks {author}!';

/** A fetch that answers from a script of responses, recording the validators it was sent. */
function server(answers: Array<() => Response>) {
  const seen: Array<string | null> = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    seen.push(new Headers(init?.headers).get('if-none-match'));
    return answers.shift()!();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, seen };
}
const json = (body: unknown, etag: string) => () =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', etag } });

async function withTeamUrl(url: string) {
  await savePersonal({ config: BUILT_IN_CONFIG, teamUrl: url });
}
const allowed = { hasPermission: async () => true, now: () => 1_000 };

describe('syncTeamSource', () => {
  it('puts a valid team file in force, then sends its ETag back and keeps it on a 304', async () => {
    await withTeamUrl('https://team.example/pp.json');
    const { fetch, seen } = server([json(TEAM, '"v1"'), () => new Response(null, { status: 304 })]);
    expect(await syncTeamSource({ ...allowed, fetch })).toMatchObject({ etag: '"v1"', lastSuccessAt: 1_000 });
    expect((await configItem.getValue()).replies[0]).toMatchObject({ id: 'team-1', origin: 'team' });
    const again = await syncTeamSource({ ...allowed, fetch, now: () => 2_000 });
    expect(seen).toEqual([null, '"v1"']);
    expect(again).toMatchObject({ lastSuccessAt: 2_000, document: { replies: [{ id: 'team-1' }] } });
    expect(again?.lastError).toBeUndefined();
  });

  it('reads a spreadsheet published as CSV', async () => {
    await withTeamUrl('https://docs.example/pub?output=csv');
    const { fetch } = server([() => new Response(CSV, { headers: { 'content-type': 'text/csv' } })]);
    await syncTeamSource({ ...allowed, fetch });
    expect((await configItem.getValue()).replies[0]).toMatchObject({ id: 'team-csv', origin: 'team' });
  });

  it.each([
    ['an HTTP error', () => new Response('boom', { status: 500, statusText: 'Internal Server Error' }), /HTTP 500/],
    ['truncated JSON', () => new Response('{"version": 1, "replies": [', { headers: { 'content-type': 'application/json' } }), /refused: JSON/],
    ['a wrong-typed field', json({ ...TEAM, replies: [{ ...TEAM.replies[0], lang: 'de' }] }, '"v2"'), /refused: replies\[0\]\.lang/],
    ['an unknown variable', json({ ...TEAM, replies: [{ ...TEAM.replies[0], text: 'Hi {nom}' }] }, '"v3"'), /unknown variable \{nom\}/],
    ['a CSV with a broken row', () => new Response(`${CSV}\r\nbad,Bad,rant,fr,x`, { headers: { 'content-type': 'text/csv' } }), /row 3: category/],
    ['a network failure', () => { throw new TypeError('Failed to fetch'); }, /Failed to fetch/],
  ])('keeps the last good copy after %s, with the error and its time', async (_label, answer, error) => {
    await withTeamUrl('https://team.example/pp.json');
    await syncTeamSource({ ...allowed, fetch: server([json(TEAM, '"v1"')]).fetch });
    const state = await syncTeamSource({ hasPermission: allowed.hasPermission, now: () => 5_000, fetch: server([answer]).fetch });
    expect(state?.lastError).toMatch(error);
    expect(state).toMatchObject({ lastAttemptAt: 5_000, lastSuccessAt: 1_000, document: { replies: [{ id: 'team-1' }] } });
    expect((await configItem.getValue()).replies[0]!.id).toBe('team-1');
  });

  it('refuses plain HTTP away from this machine, and a host it may not read', async () => {
    await withTeamUrl('http://team.example/pp.json');
    expect((await syncTeamSource({ ...allowed, fetch: server([]).fetch }))?.lastError).toMatch(/https/i);
    await withTeamUrl('https://team.example/pp.json');
    expect((await syncTeamSource({ ...allowed, hasPermission: async () => false, fetch: server([]).fetch }))?.lastError).toMatch(/no permission to read https:\/\/team\.example/);
  });

  it('drops the team copy when the manager removes the address', async () => {
    await withTeamUrl('https://team.example/pp.json');
    await syncTeamSource({ ...allowed, fetch: server([json(TEAM, '"v1"')]).fetch });
    await withTeamUrl('');
    expect(await syncTeamSource(allowed)).toBeNull();
    expect(await teamItem.getValue()).toEqual({ url: '', document: null });
    expect((await configItem.getValue()).replies.map((r) => r.origin)).not.toContain('team');
  });
});
