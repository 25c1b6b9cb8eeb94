import { useState } from 'preact/hooks';
import { addWatchQuery, DEFAULT_QUERY_COLOR, removeWatchQuery } from '@/utils/config/edit';
import type { Config } from '@/utils/config/schema';
import { t } from '@/utils/i18n/t';
import { queryError, type QuerySyntaxError } from '@/utils/keywords/query';

/**
 * Watch queries: the personal ones are added and removed here; the team's are listed
 * read-only (the lead changes them in the team source).
 */
export function WatchQueries({ config, effective, save }: { config: Config; effective: Config; save: (next: Config) => Promise<void> }) {
  const [draft, setDraft] = useState('');
  const [label, setLabel] = useState('');
  const [color, setColor] = useState(DEFAULT_QUERY_COLOR);
  const [error, setError] = useState<string | null>(null);
  const syntax = draft.trim() ? queryError(draft) : null;
  const live = syntax && describeSyntax(syntax);

  async function add(event: Event) {
    event.preventDefault();
    if (!draft.trim()) return; // Enter in the empty field
    const result = addWatchQuery(config, draft, { label, color });
    if (!result.ok) {
      if (result.error === 'syntax') setError(describeSyntax(result.syntax));
      else if (result.error === 'duplicate') setError(t('watchQueryDuplicate'));
      else setError(result.detail ?? result.error);
      return;
    }
    await save(result.value);
    setDraft('');
    setLabel('');
    setError(null);
  }

  return (
    <section>
      <h2>{t('watchQueriesTitle')}</h2>
      <p class="hint">{t('watchQueriesHint')}</p>
      <form class="add" onSubmit={(e) => void add(e)}>
        <input
          data-testid="watch-query-input"
          value={draft}
          placeholder={t('watchQueryPlaceholder')}
          aria-invalid={live !== null}
          aria-describedby="watch-query-error"
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            setError(null);
          }}
        />
        <input
          class="label"
          data-testid="watch-query-label"
          value={label}
          placeholder={t('watchQueryLabel')}
          aria-label={t('watchQueryLabel')}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        <input
          type="color"
          data-testid="watch-query-color"
          value={color}
          aria-label={t('watchQueryColor')}
          onInput={(e) => setColor(e.currentTarget.value)}
        />
        <button type="submit" data-testid="watch-query-add" disabled={!draft.trim() || live !== null}>
          {t('watchQueryAdd')}
        </button>
      </form>
      <p id="watch-query-error" class="error" role="alert" data-testid="watch-query-error">
        {error ?? live ?? ''}
      </p>
      {syntax && <ErrorPointer query={draft} at={syntax.position} />}
      <ul class="queries">
        {effective.queries.map((q) => (
          <li key={`${q.origin}-${q.id}`} data-testid="watch-query-row" data-query-id={q.id} data-origin={q.origin ?? 'personal'}>
            <span class="swatch" style={{ background: q.color }} />
            <strong>{q.label}</strong>
            {q.label !== q.query && <code>{q.query}</code>}
            {q.origin === 'team' ? (
              <span class="badge">{t('originTeam')}</span>
            ) : (
              <button type="button" onClick={() => void save(removeWatchQuery(config, q.id))}>
                {t('watchQueryRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function describeSyntax(error: QuerySyntaxError): string {
  const problem = [t(`querySyntax${error.code}`), error.token].filter(Boolean).join(' ');
  return t('querySyntaxAt', [problem, String(error.position + 1)]);
}

/** The query as typed, with the character where the problem is marked. */
function ErrorPointer({ query, at }: { query: string; at: number }) {
  return (
    <pre class="pointer" data-testid="watch-query-pointer" aria-hidden="true">
      {query.slice(0, at)}
      <mark>{query.slice(at, at + 1) || ' '}</mark>
      {query.slice(at + 1)}
    </pre>
  );
}
