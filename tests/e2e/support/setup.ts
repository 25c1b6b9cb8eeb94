import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension } from './browser.mjs';
import { serveDemo } from './server.mjs';

export type ExtensionBrowser = Awaited<ReturnType<typeof launchWithExtension>>;
export type DemoServer = Awaited<ReturnType<typeof serveDemo>>;

/**
 * For one spec file: the demo pages served and Chromium with the extension loaded, fresh
 * profile, closed afterwards. Read the fields inside tests (they are set in beforeAll).
 */
export function useExtensionBrowser(options: Parameters<typeof launchWithExtension>[0] = {}) {
  const env = {} as { browser: ExtensionBrowser; demo: DemoServer };
  beforeAll(async () => {
    env.demo = await serveDemo();
    env.browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.demo?.close();
  });
  return env;
}
