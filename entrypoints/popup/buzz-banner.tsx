import { useEffect, useState } from 'preact/hooks';
import type { BuzzState } from '@/utils/alerts/bad-buzz';
import { buzzStateItem } from '@/utils/alerts/storage-items';
import { t } from '@/utils/i18n/t';

/**
 * The bad-buzz banner: one line per watch query whose negative or toxic mentions come much
 * faster than usual, until the rate falls back; *See the mentions* opens the inbox on them.
 */
export function BuzzBanner({ labels, onShow }: { labels: Record<string, string>; onShow: (queryId: string) => void }) {
  const [state, setState] = useState<BuzzState>({ active: {} });
  useEffect(() => {
    void buzzStateItem.getValue().then(setState);
    return buzzStateItem.watch((next) => setState(next));
  }, []);
  const active = Object.entries(state.active);
  if (active.length === 0) return null;
  return (
    <div class="buzz" role="alert">
      {active.map(([queryId, episode]) => (
        <p key={queryId} data-testid="pp-alert" data-query={queryId}>
          {t('buzzMessage', [String(episode.recent), labels[queryId] ?? queryId])}{' '}
          <button type="button" class="link" onClick={() => onShow(queryId)}>{t('buzzShow')}</button>
        </p>
      ))}
    </div>
  );
}
