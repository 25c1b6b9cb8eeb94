import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';
import { parseDiagnostics, type Diagnostics, type Message } from '@/utils/messages';
import { isBuiltInSite, sitePattern, unwatchSite, watchedSites, watchSite } from '@/utils/sites/watch-site';

interface TabState {
  tabId?: number;
  url: string;
  /** Null when no content script answered (a page we do not run on). */
  diagnostics: Diagnostics | null;
  watched: string[];
}

async function readTab(): Promise<TabState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const ask: Message = { type: 'diagnostics.get' };
  const answer = tab?.id === undefined ? null : await browser.tabs.sendMessage(tab.id, ask).catch(() => null);
  const watched = await watchedSites().catch(() => []);
  return { tabId: tab?.id, url: tab?.url ?? '', diagnostics: parseDiagnostics(answer), watched };
}

/**
 * The current tab, as the content script sees it: the adapter in use, the posts it lists,
 * how many mention a watch query, its last error — what a manager reports when a site
 * changed. Also adds the tab's site to the watched sites, or removes one.
 */
export function TabDiagnostics() {
  const [state, setState] = useState<TabState | null>(null);
  const [notice, setNotice] = useState('');
  const refresh = () => void readTab().then(setState);
  useEffect(refresh, []);

  const d = state?.diagnostics;
  const pattern = state ? sitePattern(state.url) : null;
  const canWatch = pattern && state && !isBuiltInSite(state.url) && !state.watched.includes(pattern);

  const watch = () => {
    if (!state) return;
    // No await before the request: the permission prompt needs this click.
    void watchSite(state.url, state.tabId).then((result) => {
      setNotice(result === 'refused' ? t('watchSiteRefused') : result === 'built-in' ? t('watchSiteBuiltIn') : '');
      setTimeout(refresh, 300);
    });
  };

  return (
    <section class="diagnostics" data-testid="diagnostics">
      <h2>
        {t('diagnosticsTitle')}{' '}
        <button type="button" class="link" data-testid="diag-refresh" onClick={refresh}>
          {t('diagnosticsRefresh')}
        </button>
      </h2>
      {state && !d && <p class="empty" data-testid="diag-unavailable">{t('diagnosticsUnavailable')}</p>}
      {d && (
        <dl>
          <dt>{t('diagnosticsAdapter')}</dt>
          <dd data-testid="diag-adapter" data-adapter={d.adapter}>{d.adapter}</dd>
          <dt>{t('diagnosticsEditor')}</dt>
          <dd data-testid="diag-editor">{d.editor ?? '?'}</dd>
          <dt>{t('diagnosticsPosts')}</dt>
          <dd data-testid="diag-posts">{d.posts}</dd>
          <dt>{t('diagnosticsMentions')}</dt>
          <dd data-testid="diag-mentions">{d.mentions}</dd>
          <dt>{t('diagnosticsLastError')}</dt>
          <dd data-testid="diag-error">{d.lastError ? `${d.lastError.where}: ${d.lastError.message}` : t('diagnosticsNoError')}</dd>
        </dl>
      )}
      {canWatch && (
        <button type="button" data-testid="watch-site" onClick={watch}>
          {t('watchSite')} ({new URL(state.url).hostname})
        </button>
      )}
      {notice && <p role="status">{notice}</p>}
      {state && state.watched.length > 0 && (
        <>
          <h3>{t('watchedSites')}</h3>
          <ul class="watched">
            {state.watched.map((site) => (
              <li key={site} data-testid="watched-site">
                {site}{' '}
                <button type="button" class="link" onClick={() => void unwatchSite(site).then(refresh)}>
                  {t('watchSiteStop')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
