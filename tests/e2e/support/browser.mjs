import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';

/** What `npm run build:test` writes: the store build plus the local test pages. */
export const TEST_BUILD_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3-test/', import.meta.url));

/**
 * Starts Chromium with the built extension loaded, in a fresh profile.
 * `--disable-extensions-except` is what keeps Playwright's own `--disable-extensions`
 * from switching the extension off; the network flags keep Chromium from calling home on
 * a machine that has no network.
 * `lang` is the browser's UI language, which the extension's `_locales` follow.
 * @param {{ headless?: boolean, extensionDir?: string, lang?: 'en' | 'fr' }} [options]
 */
export async function launchWithExtension({ headless = true, extensionDir = TEST_BUILD_DIR, lang = 'en' } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'porte-parole-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless,
    viewport: { width: 1100, height: 900 },
    locale: lang === 'fr' ? 'fr-FR' : 'en-US',
    // On Linux, Chromium takes its UI language from the environment, not only from --lang.
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
    args: [
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    /** @param {string} page e.g. 'popup.html' */
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    /**
     * Stops the extension's service worker through the DevTools protocol, as Chrome does
     * after 30 s idle, and resolves once DevTools reports it stopped. Chrome starts it
     * again on the next event (a message, a storage change), with its memory gone.
     */
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const prefix = `chrome-extension://${extensionId}/`;
      const stopped = new Promise((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((v) => v.scriptURL.startsWith(prefix) && v.runningStatus === 'stopped')) resolve(undefined);
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
