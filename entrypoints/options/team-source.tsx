import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { mergeConfigs } from '@/utils/config/merge';
import type { Config } from '@/utils/config/schema';
import type { TeamState } from '@/utils/config/storage-items';
import { t } from '@/utils/i18n/t';
import type { Ack, Message } from '@/utils/messages';
import { checkTeamUrl } from '@/utils/sync/team-fetch';

type Props = { url: string; team: TeamState | null; personal: Config; saveUrl: (url: string) => Promise<void> };

const time = (at: number | undefined) => (at ? new Date(at).toLocaleString() : '—');

/**
 * The team source the lead publishes (JSON or a spreadsheet published as CSV). The host
 * permission for its address is asked here, at the click, not at install. The status says
 * what is in force and, after a failure, the error and the time of the last success.
 */
export function TeamSource({ url, team, personal, saveUrl }: Props) {
  const [draft, setDraft] = useState(url);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const checked = draft.trim() ? checkTeamUrl(draft.trim()) : null;

  async function syncNow() {
    setProblem(null);
    const next = draft.trim();
    if (checked && !checked.ok) return setProblem(checked.error);
    // Asked first, while the click still counts as the user's gesture.
    if (checked?.ok) {
      const granted = await browser.permissions
        .request({ origins: [`${checked.url.origin}/*`] })
        .catch((error: Error) => (setProblem(error.message), false));
      if (!granted) return setProblem((p) => p ?? t('teamPermissionRefused', checked.url.origin));
    }
    setBusy(true);
    try {
      if (next !== url) await saveUrl(next);
      const message: Message = { type: 'team.sync' };
      const ack = (await browser.runtime.sendMessage(message)) as Ack | undefined;
      if (ack && !ack.ok) setProblem(ack.error);
    } finally {
      setBusy(false);
    }
  }

  const conflicts = team?.document ? mergeConfigs(personal, team.document).conflicts : null;
  const state = busy ? 'syncing' : !url ? 'none' : team?.lastError ? 'error' : team?.document ? 'ok' : 'none';
  return (
    <section>
      <h2>{t('teamTitle')}</h2>
      <p class="hint">{t('teamHint')}</p>
      <form class="add" onSubmit={(e) => { e.preventDefault(); void syncNow(); }}>
        <input
          data-testid="team-source-url"
          type="url"
          value={draft}
          placeholder="https://…/porte-parole.json"
          aria-invalid={checked?.ok === false}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" data-testid="team-sync-now" disabled={busy}>{t('teamSyncNow')}</button>
      </form>
      {problem && <p class="error" role="alert">{problem}</p>}
      <div data-testid="team-sync-status" data-state={state} role="status">
        {!url && <p>{t('teamNone')}</p>}
        {url && busy && <p>{t('teamSyncing')}</p>}
        {url && team?.lastError && <p class="error">{t('teamError', [time(team.lastAttemptAt), team.lastError])}</p>}
        {url && team?.document && (
          <p class={team.lastError ? undefined : 'ok'}>
            {t('teamInForce', [time(team.lastSuccessAt), String(team.document.replies.length), String(team.document.queries.length)])}
          </p>
        )}
        {url && team && !team.document && !busy && <p>{t('teamNoCopy')}</p>}
        {conflicts && conflicts.replies.length + conflicts.queries.length > 0 && (
          <p class="warning" data-testid="team-conflicts">{t('teamConflicts', [...conflicts.replies, ...conflicts.queries].join(', '))}</p>
        )}
      </div>
    </section>
  );
}
