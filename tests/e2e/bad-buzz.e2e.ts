import { expect, it } from 'vitest';
import { addWatchQuery } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';

// A bad buzz: angry posts about the Rocket arrive within minutes. The manager gets one
// browser notification and a banner in the popup that leads to those mentions; more angry
// posts in the same episode do not notify again.
const env = useExtensionBrowser();

/** The extension APIs this test reads, as the service worker sees them. */
interface Chrome {
  notifications: { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<boolean> };
  storage: { local: { get(key: string): Promise<Record<string, { floor?: number } | undefined>> } };
}

/** Runs `fn` in the extension's service worker. */
function inWorker<T>(fn: (chrome: Chrome) => Promise<T>): Promise<T> {
  const worker = env.browser.context.serviceWorkers().find((w) => w.url().startsWith(env.browser.extensionUrl('')));
  if (!worker) throw new Error('no service worker');
  return worker.evaluate(`(${fn.toString()})(chrome)`) as Promise<T>;
}

/** The ids of the notifications the extension shows now. */
const notifications = () => inWorker((chrome) => chrome.notifications.getAll().then(Object.keys));

it('notifies once per episode and the popup banner leads to the angry mentions', async () => {
  const { context, extensionUrl } = env.browser;
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await addWatchQuery(options, 'Rocket');
  // Three angry posts within the hour make a crisis here (the default floor is five).
  await options.getByTestId('buzz-floor').fill('3');
  await options.getByTestId('buzz-floor').dispatchEvent('change');
  await expect.poll(() => inWorker((chrome) => chrome.storage.local.get('buzzSettings').then((s) => s.buzzSettings?.floor))).toBe(3);

  const feed = await context.newPage();
  await feed.goto(`${env.demo.url}buzz.html`);
  await expect.poll(() => feed.locator('porte-parole-helper').count()).toBe(4);
  await expect.poll(notifications, { timeout: 15_000 }).toHaveLength(1);
  const [id] = await notifications();
  expect(id).toMatch(/^porte-parole-buzz-/);

  const popup = await context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  const alert = popup.getByTestId('pp-alert');
  await expect.poll(() => alert.textContent()).toContain('4');
  expect(await alert.textContent()).toContain('Rocket');
  await alert.getByRole('button').click();
  await expect.poll(() => popup.getByTestId('pp-inbox-row').count()).toBe(4);
  expect(await popup.getByTestId('pp-inbox-query').inputValue()).toBe(await alert.getAttribute('data-query'));

  // The same episode goes on: three more angry posts, no second notification.
  await inWorker(async (chrome) => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
  await feed.goto(`${env.demo.url}buzz-more.html`);
  await expect.poll(() => feed.locator('porte-parole-helper').count()).toBe(3);
  await popup.reload();
  await expect.poll(() => popup.getByTestId('pp-alert').textContent()).toContain('7');
  // The episode's count is stored before any notification would be created: give a second
  // one the time it would need to show, then check there is none.
  await popup.waitForTimeout(500);
  expect(await notifications()).toEqual([]);
});
