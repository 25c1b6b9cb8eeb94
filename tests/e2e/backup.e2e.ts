import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { insertSuggestion, openHelper, openPopupWithRows } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';

// Before changing computers, the manager backs everything up; a damaged file is refused
// without touching anything, and the good one brings the log and the settings back.
const env = useExtensionBrowser();

it('backs up the settings and the log, refuses a damaged file, restores a good one', async () => {
  const { context, extensionUrl } = env.browser;
  const feed = await context.newPage();
  await feed.goto(env.demo.url);
  await openHelper(feed, '#post-1');
  await insertSuggestion(feed, '#post-1', 'thanks-fr');
  await openPopupWithRows(context, extensionUrl('popup.html'), 1).then((p) => p.close());

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('backup-export').click()]);
  const backup = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(backup).toMatchObject({ format: 'porte-parole-backup', version: 1 });
  expect(backup.interactions).toHaveLength(1);

  // Something happens after the backup: one more reply.
  await openHelper(feed, '#post-3');
  await insertSuggestion(feed, '#post-3', 'question-en');
  await openPopupWithRows(context, extensionUrl('popup.html'), 2).then((p) => p.close());

  const restore = (name: string, content: unknown) =>
    options.getByTestId('backup-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
  await restore('damaged.json', { ...backup, interactions: [{ ...backup.interactions[0], action: 'deleted' }] });
  await expect.poll(() => options.getByTestId('backup-status').textContent()).toMatch(/damaged\.json was refused, nothing changed: interactions\[0\]\.action/);
  await openPopupWithRows(context, extensionUrl('popup.html'), 2).then((p) => p.close());

  await restore('good.json', backup);
  await expect.poll(() => options.getByTestId('backup-status').textContent()).toBe('good.json restored.');
  const popup = await openPopupWithRows(context, extensionUrl('popup.html'), 1);
  expect(await popup.getByTestId('pp-log-row').count()).toBe(1);
  expect(await popup.getByTestId('pp-log-row').locator('.author').textContent()).toBe('Léa Martin');
});
