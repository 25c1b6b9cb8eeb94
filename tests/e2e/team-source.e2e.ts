import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertSuggestion, openHelper } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';
import { serveTeamSource } from './support/team-server.mjs';

// The lead publishes the team's configuration at a URL; the manager enters it once. Good
// versions come in (conditionally: an unchanged file is a 304), bad answers leave the last
// good copy in force and say why, and a team element is inserted on a page like any other.
const env = useExtensionBrowser();
let team: Awaited<ReturnType<typeof serveTeamSource>>;
beforeAll(async () => {
  team = await serveTeamSource();
});
afterAll(() => team?.close());

it('follows the team source through new versions and failures, keeping the last good copy', async () => {
  const { context, extensionUrl } = env.browser;
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const status = options.getByTestId('team-sync-status');
  const syncNow = async () => {
    const before = team.state.requests.length;
    await options.getByTestId('team-sync-now').click();
    await expect.poll(() => team.state.requests.length).toBeGreaterThan(before);
    await expect.poll(() => status.getAttribute('data-state')).not.toBe('syncing');
  };

  await options.getByTestId('team-source-url').fill(team.url);
  await syncNow();
  await expect.poll(() => status.getAttribute('data-state')).toBe('ok');
  expect(await status.textContent()).toMatch(/team copy of .+, 2 replies and 1 watch queries/);
  // The team's thanks-fr replaces the built-in personal one of the same id, and says so.
  expect(await options.getByTestId('team-conflicts').textContent()).toContain('thanks-fr');
  expect(await options.locator('[data-testid="reply-row"][data-origin="team"]').count()).toBe(2);
  expect(await options.locator('[data-testid="reply-row"][data-reply-id="thanks-fr"]').getAttribute('data-origin')).toBe('team');
  expect(await options.locator('[data-testid="watch-query-row"][data-origin="team"]').textContent()).toContain('Rocket');

  // Unchanged: the browser sends the ETag back and gets a 304.
  await syncNow();
  expect(team.state.requests.at(-1)).toEqual({ path: '/team.json', ifNoneMatch: '"v1"' });
  expect(await status.getAttribute('data-state')).toBe('ok');

  team.state.mode = 'changed';
  await syncNow();
  await expect.poll(() => status.textContent()).toMatch(/3 replies/);

  for (const [mode, error] of [['500', /HTTP 500/], ['garbage', /JSON/]] as const) {
    team.state.mode = mode;
    await syncNow();
    await expect.poll(() => status.getAttribute('data-state')).toBe('error');
    expect(await status.textContent()).toMatch(error);
    // The last good copy stays in force.
    expect(await status.textContent()).toMatch(/3 replies/);
    expect(await options.locator('[data-testid="reply-row"][data-origin="team"]').count()).toBe(3);
  }

  team.state.mode = 'slow';
  await options.getByTestId('team-sync-now').click();
  await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/did not arrive in full within 15 s/);
  expect(await status.textContent()).toMatch(/3 replies/);
}, 60_000);

it('inserts a team element on a page, marked as the team’s', async () => {
  const { context } = env.browser;
  const feed = await context.newPage();
  await feed.goto(env.demo.url);
  const helper = await openHelper(feed, '#post-4');
  const element = helper.locator('[data-testid="pp-suggestion"][data-reply-id="team-delivery-fr"]');
  await helper.getByTestId('pp-search').fill('retard');
  expect(await element.getAttribute('data-origin')).toBe('team');
  await insertSuggestion(feed, '#post-4', 'team-delivery-fr');
  await expect
    .poll(() => feed.locator('#post-4 [contenteditable]').innerText())
    .toBe('Bonjour Jules Petit, toute l’équipe Acme est désolée pour ce retard. Écrivez-nous en message privé : nous suivons votre commande. Camille, équipe Acme');
});
