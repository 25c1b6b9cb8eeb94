import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n/t';
import type { Suggestion } from '@/utils/replies/suggest';
import type { ToneResult } from '@/utils/tone/check-reply';
import { trusted } from './trusted';

export interface CheckedSuggestion extends Suggestion {
  tone: ToneResult;
}

/** What became of an insert: the adapter's box took it, or it went to the clipboard. */
export type InsertOutcome = 'inserted' | 'copied' | 'failed';

export interface HelperProps {
  author: string;
  excerpt: string;
  suggestions: CheckedSuggestion[];
  onInsert: (suggestion: CheckedSuggestion) => Promise<InsertOutcome>;
  onIgnore: () => Promise<void>;
}

const OUTCOME_MESSAGE: Record<InsertOutcome, MessageKey> = {
  inserted: 'helperInserted',
  copied: 'helperCopied',
  failed: 'helperCopyFailed',
};

const TONE_LABEL: Record<ToneResult['level'], MessageKey> = {
  ok: 'toneOk',
  warn: 'toneWarn',
  block: 'toneBlock',
};

/**
 * The reply helper next to one post. Page text (author, excerpt, replies filled with the
 * author's name) is rendered by Preact as text nodes only.
 */
export function Helper({ author, excerpt, suggestions, onInsert, onIgnore }: HelperProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function insert(suggestion: CheckedSuggestion) {
    if (suggestion.tone.level === 'block' && confirming !== suggestion.reply.id) {
      setConfirming(suggestion.reply.id);
      return;
    }
    setConfirming(null);
    setBusy(true);
    try {
      setStatus(OUTCOME_MESSAGE[await onInsert(suggestion)]);
    } finally {
      setBusy(false);
    }
  }

  async function ignore() {
    setBusy(true);
    try {
      await onIgnore();
      setStatus('helperIgnored');
      setOpen(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="pp">
      <button
        type="button"
        class="pp-open"
        data-testid="pp-open"
        aria-expanded={open}
        onClick={trusted(() => setOpen(!open))}
      >
        {open ? t('helperClose') : t('helperOpen')}
      </button>
      {status && !open && <span class="pp-status" role="status">{t(status)}</span>}
      {open && (
        <section class="pp-panel" aria-label={t('extName')}>
          <p class="pp-context">
            {t('helperReplyingTo', author || '?')}
            <q class="pp-excerpt" data-testid="pp-excerpt">{excerpt}</q>
          </p>
          {suggestions.length === 0 && <p>{t('helperNoSuggestions')}</p>}
          <ul class="pp-suggestions">
            {suggestions.map((s) => (
              <li key={s.reply.id} data-testid="pp-suggestion" data-reply-id={s.reply.id} lang={s.reply.lang}>
                <div class="pp-head">
                  <strong>{s.reply.title}</strong>
                  <span class="pp-lang">{s.reply.lang.toUpperCase()}</span>
                  <span class={`pp-tone pp-tone-${s.tone.level}`} data-testid="pp-tone" data-level={s.tone.level}>
                    {t(TONE_LABEL[s.tone.level])}
                  </span>
                </div>
                <p class="pp-text" data-testid="pp-text">{s.text}</p>
                {s.tone.findings.length > 0 && (
                  <ul class="pp-findings">
                    {s.tone.findings.map((f) => (
                      <li key={`${f.rule}-${f.start}`}>
                        {t(f.message as MessageKey)} <mark>{s.text.slice(f.start, f.end)}</mark>
                      </li>
                    ))}
                  </ul>
                )}
                <button
                  type="button"
                  data-testid="pp-insert"
                  disabled={busy}
                  onClick={trusted(() => void insert(s))}
                >
                  {confirming === s.reply.id ? t('helperInsertAnyway') : t('helperInsert')}
                </button>
              </li>
            ))}
          </ul>
          <div class="pp-actions">
            <button type="button" data-testid="pp-action-ignore" disabled={busy} onClick={trusted(() => void ignore())}>
              {t('helperIgnore')}
            </button>
          </div>
          {status && <p class="pp-status" role="status" data-testid="pp-status">{t(status)}</p>}
        </section>
      )}
    </div>
  );
}
