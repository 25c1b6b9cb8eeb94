import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { BUILT_IN_SITE_MATCHES, TEAM_SOURCE_MATCHES, TEST_PAGE_MATCHES, WATCHED_SITE_MATCHES } from './utils/sites/hosts';

/** Firefox add-on id: stable, so storage and permissions survive updates. */
const GECKO_ID = 'porte-parole@porte-parole.org';

// `npm run build:test` is `wxt build --mode test`: WXT names its output `chrome-mv3-test`
// from the mode, and the hook below adds the local test pages to the store build.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the team source is fetched every 30 minutes. scripting: the content script
    // is registered at run time on the sites the manager adds ("watch this site").
    // activeTab: opening the popup from the toolbar lets it read that tab's address, without
    // which the popup cannot offer "watch this site" on a site it has no access to yet
    // (a Mastodon instance, a blog); no install warning.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting', 'activeTab'],
    host_permissions: [...BUILT_IN_SITE_MATCHES],
    // The team source's address and the watched sites are asked for at run time, one origin each.
    optional_host_permissions: [...new Set([...TEAM_SOURCE_MATCHES, ...WATCHED_SITE_MATCHES])],
    action: { default_title: '__MSG_extName__' },
    // The editor bridge runs in the page's world, so the page must be able to load it;
    // only where the content script runs (utils/editors/bridge-client.ts injects it).
    web_accessible_resources: [{ resources: ['editor-bridge.js'], matches: [...BUILT_IN_SITE_MATCHES] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions needs Firefox 140 (desktop) / 142 (Android).
              strict_min_version: '140.0',
              // Nothing leaves the browser but a fetch of the team's own configuration.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...TEST_PAGE_MATCHES];
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_PAGE_MATCHES];
      for (const resources of manifest.web_accessible_resources ?? []) {
        if (typeof resources === 'object') resources.matches = [...(resources.matches ?? []), ...TEST_PAGE_MATCHES];
      }
    },
  },
});
