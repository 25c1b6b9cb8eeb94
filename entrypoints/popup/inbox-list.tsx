import { useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { INTERACTIONS_KEY } from '@/components/use-log-refresh';
import { PLATFORMS } from '@/utils/config/platforms';
import { getDb } from '@/utils/db/instance';
import { listInbox, type InboxFilter } from '@/utils/db/mentions';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n/t';
import { KINDS } from '@/utils/tone/triage/classify';

/** From this urgency on, a mention is marked urgent. */
const URGENT = 0.6;

/**
 * *To handle*: the mentions seen on the pages and not handled yet, most urgent first (from
 * the triage), filterable by platform, watch query and kind. Each opens its post.
 */
export function InboxList({ queries, initialQuery }: { queries: ReadonlyArray<{ id: string; label: string }>; initialQuery?: string }) {
  const [filter, setFilter] = useState<InboxFilter>({ query: initialQuery });
  const inbox = useQuery({ queryKey: [...INTERACTIONS_KEY, 'inbox', filter], queryFn: () => listInbox(getDb(), filter, 100) });
  const time = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' });
  const set = (key: keyof InboxFilter) => (e: Event) => setFilter({ ...filter, [key]: (e.currentTarget as HTMLSelectElement).value || undefined });

  return (
    <>
      <div class="filters">
        <select data-testid="pp-inbox-platform" aria-label={t('filterPlatform')} onChange={set('platform')}>
          <option value="">{t('filterAllPlatforms')}</option>
          {PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
        <select data-testid="pp-inbox-query" aria-label={t('filterQuery')} value={filter.query ?? ''} onChange={set('query')}>
          <option value="">{t('filterAllQueries')}</option>
          {queries.map((q) => <option key={q.id} value={q.id}>{q.label}</option>)}
        </select>
        <select data-testid="pp-inbox-kind" aria-label={t('filterKind')} onChange={set('kind')}>
          <option value="">{t('filterAllKinds')}</option>
          {KINDS.map((k) => <option key={k} value={k}>{t(`kind_${k}` as MessageKey)}</option>)}
        </select>
      </div>
      {inbox.isError && <p role="alert">{t('popupError', String(inbox.error))}</p>}
      {inbox.data?.length === 0 && <p class="empty" data-testid="pp-inbox-empty">{t('inboxEmpty')}</p>}
      <ol class="log">
        {inbox.data?.map((m) => (
          <li
            key={m.key}
            data-testid="pp-inbox-row"
            data-platform={m.platform}
            data-kind={m.triage.kind}
            class={m.urgency >= URGENT ? 'urgent' : undefined}
          >
            <div class="meta">
              <span class="action">{t(`kind_${m.triage.kind}` as MessageKey)}</span>
              <span>{t(`sentiment_${m.triage.sentiment}` as MessageKey)}</span>
              {m.urgency >= URGENT && <span class="urgent-label">{t('urgent')}</span>}
              <span class="author">{m.author || '?'}</span>
              <span class="platform">{m.platform}</span>
              <time dateTime={new Date(m.firstSeen).toISOString()}>{time.format(m.firstSeen)}</time>
            </div>
            <a class="post" href={m.url} target="_blank" rel="noreferrer">{m.excerpt}</a>
          </li>
        ))}
      </ol>
    </>
  );
}
