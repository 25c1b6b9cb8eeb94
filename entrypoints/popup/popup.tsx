import { useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLogRefresh } from '@/components/use-log-refresh';
import { configItem } from '@/utils/config/storage-items';
import { t } from '@/utils/i18n/t';
import { BuzzBanner } from './buzz-banner';
import { InboxList } from './inbox-list';
import { StorageFullBanner } from './storage-full';
import { LogList } from './log-list';
import { TabDiagnostics } from './tab-diagnostics';

type Tab = 'inbox' | 'log';

/** The popup: *To handle* (the inbox of mentions) and *Handled* (the log). */
export function Popup() {
  useLogRefresh();
  const [tab, setTab] = useState<Tab>('inbox');
  /** The inbox opens on this query's mentions when the manager follows an alert. */
  const [focusQuery, setFocusQuery] = useState<string | undefined>();
  const config = useQuery({ queryKey: ['config'], queryFn: () => configItem.getValue() });

  return (
    <main class="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <span>
          <button
            type="button"
            class="link"
            data-testid="pp-open-report"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/report.html') })}
          >
            {t('popupReport')}
          </button>{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </span>
      </header>
      <StorageFullBanner />
      <BuzzBanner
        labels={Object.fromEntries((config.data?.queries ?? []).map((q) => [q.id, q.label]))}
        onShow={(queryId) => {
          setFocusQuery(queryId);
          setTab('inbox');
        }}
      />
      <nav class="tabs" role="tablist">
        {(['inbox', 'log'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            data-testid={`pp-tab-${id}`}
            aria-selected={tab === id}
            onClick={() => setTab(id)}
          >
            {t(id === 'inbox' ? 'tabInbox' : 'tabLog')}
          </button>
        ))}
      </nav>
      {tab === 'inbox' ? <InboxList key={focusQuery} queries={config.data?.queries ?? []} initialQuery={focusQuery} /> : <LogList />}
      <TabDiagnostics />
    </main>
  );
}
