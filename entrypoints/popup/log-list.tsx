import { useInfiniteQuery } from '@tanstack/preact-query';
import { useEffect, useRef, useState } from 'preact/hooks';
import { INTERACTIONS_KEY } from '@/components/use-log-refresh';
import { PLATFORMS } from '@/utils/config/platforms';
import { getDb } from '@/utils/db/instance';
import { queryLog, type LogFilter } from '@/utils/db/log-query';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n/t';
import { INTERACTION_ACTIONS, type InteractionAction } from '@/utils/messages';
import { KINDS, SENTIMENTS } from '@/utils/tone/triage/classify';

const ACTION_LABEL: Record<InteractionAction, MessageKey> = {
  replied: 'actionReplied',
  dm: 'actionDm',
  escalated: 'actionEscalated',
  ignored: 'actionIgnored',
};
const PAGE = 50;
const DAY = 86_400_000;

/**
 * *Handled*: the log, newest first, with search and filters. Pages of 50 are read from the
 * index as the list scrolls, so a log of 100,000 records opens as fast as one of 50.
 */
export function LogList() {
  const [filter, setFilter] = useState<LogFilter>({});
  const log = useInfiniteQuery({
    queryKey: [...INTERACTIONS_KEY, 'log', filter],
    queryFn: ({ pageParam }) => queryLog(getDb(), filter, PAGE, pageParam),
    initialPageParam: undefined as { at: number; id: string } | undefined,
    getNextPageParam: (last) => (last.length < PAGE ? undefined : { at: last.at(-1)!.at, id: last.at(-1)!.id }),
  });
  const rows = log.data?.pages.flat() ?? [];
  const time = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' });
  const set = (key: keyof LogFilter, value: string | number | undefined) => setFilter({ ...filter, [key]: value === '' ? undefined : value });
  const day = (value: string, end: boolean) => (value ? Date.parse(value) + (end ? DAY - 1 : 0) : undefined);

  // The next page loads when the end of the list comes into view.
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const sentinel = end.current;
    if (!sentinel || !log.hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !log.isFetchingNextPage) void log.fetchNextPage();
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [log.hasNextPage, log.isFetchingNextPage, rows.length]);

  return (
    <>
      <div class="filters">
        <input type="search" data-testid="pp-log-search" placeholder={t('logSearch')} aria-label={t('logSearch')} onInput={(e) => set('search', e.currentTarget.value)} />
      </div>
      <div class="filters">
        <select data-testid="pp-log-action" aria-label={t('filterAction')} onChange={(e) => set('action', e.currentTarget.value)}>
          <option value="">{t('filterAllActions')}</option>
          {INTERACTION_ACTIONS.map((a) => <option key={a} value={a}>{t(ACTION_LABEL[a])}</option>)}
        </select>
        <select data-testid="pp-log-platform" aria-label={t('filterPlatform')} onChange={(e) => set('platform', e.currentTarget.value)}>
          <option value="">{t('filterAllPlatforms')}</option>
          {PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
        <select data-testid="pp-log-kind" aria-label={t('filterKind')} onChange={(e) => set('kind', e.currentTarget.value)}>
          <option value="">{t('filterAllKinds')}</option>
          {KINDS.map((k) => <option key={k} value={k}>{t(`kind_${k}` as MessageKey)}</option>)}
        </select>
        <select data-testid="pp-log-sentiment" aria-label={t('filterSentiment')} onChange={(e) => set('sentiment', e.currentTarget.value)}>
          <option value="">{t('filterAllSentiments')}</option>
          {SENTIMENTS.map((s) => <option key={s} value={s}>{t(`sentiment_${s}` as MessageKey)}</option>)}
        </select>
      </div>
      <div class="filters">
        <label>{t('filterFrom')} <input type="date" data-testid="pp-log-from" onChange={(e) => set('from', day(e.currentTarget.value, false))} /></label>
        <label>{t('filterTo')} <input type="date" data-testid="pp-log-to" onChange={(e) => set('to', day(e.currentTarget.value, true))} /></label>
      </div>
      {log.isPending && <p>{t('loading')}</p>}
      {log.isError && <p role="alert">{t('popupError', String(log.error))}</p>}
      {log.isSuccess && rows.length === 0 && <p class="empty">{t('popupEmpty')}</p>}
      <ol class="log">
        {rows.map((row) => (
          <li key={row.id} data-testid="pp-log-row" data-action={row.action} data-platform={row.platform}>
            <div class="meta">
              <span class={`action action-${row.action}`}>{t(ACTION_LABEL[row.action])}</span>
              <span class="author">{row.author || '?'}</span>
              <span class="platform">{row.platform}</span>
              <time dateTime={new Date(row.at).toISOString()}>{time.format(row.at)}</time>
            </div>
            {row.text && <p class="text">{row.text}</p>}
            {row.note && <p class="note" data-testid="pp-log-note">{row.note}</p>}
            <a class="post" href={row.url} target="_blank" rel="noreferrer">{row.excerpt}</a>
          </li>
        ))}
      </ol>
      <div ref={end} class="end" />
    </>
  );
}
