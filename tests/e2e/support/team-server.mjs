import { createServer } from 'node:http';

/**
 * The lead's team source, served on 127.0.0.1 for the real-browser tests. `mode` says how
 * it answers the next requests: `good` and `changed` (two versions, each with its ETag,
 * 304 when the client already has it), `500`, `garbage` (a truncated JSON body) and
 * `slow` (headers, then nothing for longer than the client waits). Every request is
 * logged with the validator it sent.
 */
export async function serveTeamSource() {
  const state = {
    /** @type {'good' | 'changed' | '500' | 'garbage' | 'slow'} */
    mode: 'good',
    /** @type {Array<{ path: string, ifNoneMatch: string | undefined }>} */
    requests: [],
  };
  /** @type {Set<import('node:http').ServerResponse>} */
  const stalled = new Set();
  const server = createServer((req, res) => {
    state.requests.push({ path: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
    if (state.mode === '500') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
    if (state.mode === 'garbage') {
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"version": 1, "brand": {"name": "Acme"}, "replies": [{"id": "x"');
    }
    if (state.mode === 'slow') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"version": 1,');
      stalled.add(res);
      return;
    }
    const version = state.mode === 'good' ? TEAM_V1 : TEAM_V2;
    const etag = state.mode === 'good' ? '"v1"' : '"v2"';
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag });
    res.end(JSON.stringify(version));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    state,
    url: `http://127.0.0.1:${port}/team.json`,
    close: () => {
      for (const res of stalled) res.destroy();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

const TEAM_REPLY = {
  id: 'team-delivery-fr',
  title: 'Retard de livraison (équipe)',
  category: 'complaint',
  lang: 'fr',
  text: 'Bonjour {author}, toute l’équipe {brand} est désolée pour ce retard. Écrivez-nous en message privé : nous suivons votre commande. {agent}',
  version: 2,
};

/** The team file, first version: one complaint reply, and the team's wording of thanks-fr. */
export const TEAM_V1 = {
  version: 1,
  brand: { name: 'Acme', handles: ['@acme'] },
  queries: [{ id: 'team-rocket', label: 'Rocket', color: '#1971c2', query: 'Rocket' }],
  replies: [
    TEAM_REPLY,
    { id: 'thanks-fr', title: 'Remerciement (équipe)', category: 'praise', lang: 'fr', text: 'Merci {author} de la part de toute l’équipe {brand} ! {agent}' },
  ],
  tone: { forbidden: ['remboursement garanti'] },
};

/** The next version the lead publishes: one more element. */
export const TEAM_V2 = {
  ...TEAM_V1,
  replies: [
    ...TEAM_V1.replies,
    { id: 'team-question-en', title: 'Question (team)', category: 'question', lang: 'en', text: 'Hi {author}, thanks for asking! {agent}' },
  ],
};
