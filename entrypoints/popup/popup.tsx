import { useQuery } from '@tanstack/preact-query';
import { browser } from 'wxt/browser';
import { INTERACTIONS_KEY, useLogRefresh } from '@/components/use-log-refresh';
import { getDb } from '@/utils/db/instance';
import { listInteractions } from '@/utils/db/interactions';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n/t';
import type { InteractionAction } from '@/utils/messages';
import { TabDiagnostics } from './tab-diagnostics';

const ACTION_LABEL: Record<InteractionAction, MessageKey> = {
  replied: 'actionReplied',
  dm: 'actionDm',
  escalated: 'actionEscalated',
  ignored: 'actionIgnored',
};

/** The popup: the log of handled interactions, newest first. */
export function Popup() {
  useLogRefresh();
  const log = useQuery({ queryKey: [...INTERACTIONS_KEY, 'recent'], queryFn: () => listInteractions(getDb(), 50) });
  const time = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' });

  return (
    <main class="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {log.isPending && <p>{t('loading')}</p>}
      {log.isError && <p role="alert">{t('popupError', String(log.error))}</p>}
      {log.data?.length === 0 && <p class="empty">{t('popupEmpty')}</p>}
      <ol class="log">
        {log.data?.map((row) => (
          <li key={row.id} data-testid="pp-log-row" data-action={row.action} data-platform={row.platform}>
            <div class="meta">
              <span class={`action action-${row.action}`}>{t(ACTION_LABEL[row.action])}</span>
              <span class="author">{row.author || '?'}</span>
              <span class="platform">{row.platform}</span>
              <time dateTime={new Date(row.at).toISOString()}>{time.format(row.at)}</time>
            </div>
            {row.text && <p class="text">{row.text}</p>}
            <a class="post" href={row.url} target="_blank" rel="noreferrer">{row.excerpt}</a>
          </li>
        ))}
      </ol>
      <TabDiagnostics />
    </main>
  );
}
