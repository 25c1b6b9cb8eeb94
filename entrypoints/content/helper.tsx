import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n/t';
import { replyDrift } from '@/utils/replies/drift';
import { searchReplies } from '@/utils/replies/rank';
import type { Suggestion } from '@/utils/replies/suggest';
import { applyFix, type ToneFinding, type ToneResult } from '@/utils/tone/check-reply';
import type { Triage } from '@/utils/tone/triage/classify';
import { trusted } from './trusted';

export interface CheckedSuggestion extends Suggestion {
  tone: ToneResult;
}

/** What became of an insert: the adapter's box took it, or it went to the clipboard. */
export type InsertOutcome = 'inserted' | 'copied' | 'no-box' | 'failed';

/** The reply as it leaves the helper: the element (none for free text), the text and its drift. */
export interface ChosenReply {
  suggestion?: CheckedSuggestion;
  text: string;
  tone: ToneResult;
  /** Share of the approved text that was edited (0 = as approved); absent for free text. */
  drift?: number;
}

/** The confirmation key of the free-text reply (elements use their id). */
const FREE = ' free';

export interface HelperProps {
  author: string;
  excerpt: string;
  /** What the post is, as the triage read it. */
  triage?: Pick<Triage, 'lang' | 'kind' | 'sentiment' | 'urgency'>;
  /** Every approved element, best first for this post. */
  suggestions: CheckedSuggestion[];
  /** The tone check, for a reply the manager edited or wrote (in this language, when known). */
  checkTone: (text: string, lang?: 'fr' | 'en') => ToneResult;
  onInsert: (reply: ChosenReply) => Promise<InsertOutcome>;
  /** Moves the conversation to private messages: inserts this invitation, logged as `dm`. */
  onDm: (reply: ChosenReply) => Promise<InsertOutcome>;
  /** Escalates to management with a note, logged as `escalated`. */
  onEscalate: (note: string) => Promise<void>;
  onIgnore: () => Promise<void>;
}

/** From this urgency on, the helper says the post is urgent. */
const URGENT = 0.6;

/** How many of the best elements show before the manager searches or asks for all. */
export const TOP_SUGGESTIONS = 5;

const OUTCOME_MESSAGE: Record<InsertOutcome, MessageKey> = {
  inserted: 'helperInserted',
  copied: 'helperCopied',
  'no-box': 'helperNoReplyBox',
  failed: 'helperCopyFailed',
};

const TONE_LABEL: Record<ToneResult['level'], MessageKey> = {
  ok: 'toneOk',
  warn: 'toneWarn',
  block: 'toneBlock',
};

/**
 * The reply helper next to one post. Page text (author, excerpt, replies filled with the
 * author's name) is rendered by Preact as text nodes only. The search field takes the
 * keyboard: type to filter every element, ↑/↓ to move, Enter to edit the active one,
 * Ctrl+Enter (⌘↵) in the editor to insert.
 */
export function Helper({ author, excerpt, triage, suggestions, checkTone, onInsert, onDm, onEscalate, onIgnore }: HelperProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [search, setSearch] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [active, setActive] = useState(0);
  /** Edited texts by element id; an element not in here is inserted as approved. */
  const [edits, setEdits] = useState<Record<string, string>>({});
  /** The element whose editor was just opened: it takes the keyboard. */
  const [editFocus, setEditFocus] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const editRef = useRef<HTMLTextAreaElement>(null);
  // `autofocus` only works at page load, and this UI is mounted later, in a shadow root:
  // focus by hand when the helper opens (the manager came to pick a reply) and when an
  // editor opens.
  useEffect(() => {
    if (open) searchRef.current?.focus();
  }, [open]);
  useEffect(() => {
    editRef.current?.focus();
  }, [editFocus]);

  const found = useMemo(() => searchReplies(suggestions, search), [suggestions, search]);
  const shown = search || showAll ? found : found.slice(0, TOP_SUGGESTIONS);

  function chosen(s: CheckedSuggestion): ChosenReply & { drift: number } {
    const text = edits[s.reply.id];
    if (text === undefined) return { suggestion: s, text: s.text, tone: s.tone, drift: 0 };
    return { suggestion: s, text, tone: checkTone(text, s.lang), drift: replyDrift(s.text, text) };
  }

  const [free, setFree] = useState('');
  const freeTone = useMemo(() => (free.trim() ? checkTone(free) : null), [free, checkTone]);

  /** Inserts a reply; one that the check blocks needs a second, explicit click. */
  async function insert(reply: ChosenReply, key: string) {
    if (!reply.text.trim()) return;
    if (reply.tone.level === 'block' && confirming !== key) {
      setConfirming(key);
      return;
    }
    setConfirming(null);
    setBusy(true);
    try {
      setStatus(OUTCOME_MESSAGE[await onInsert(reply)]);
    } finally {
      setBusy(false);
    }
  }

  /** Runs an action that closes the case, then says so. */
  async function act(run: () => Promise<void>, done: MessageKey) {
    setBusy(true);
    try {
      await run();
      setStatus(done);
      setOpen(false);
    } finally {
      setBusy(false);
    }
  }
  const ignore = () => act(onIgnore, 'helperIgnored');

  const [escalating, setEscalating] = useState(false);
  const [note, setNote] = useState('');
  // The invitation to continue privately: the best-ranked element of that category.
  const invitation = suggestions.find((s) => s.reply.category === 'move-to-private');

  async function moveToPrivate() {
    if (!invitation) return;
    setBusy(true);
    try {
      setStatus(OUTCOME_MESSAGE[await onDm(chosen(invitation))]);
    } finally {
      setBusy(false);
    }
  }

  function edit(s: CheckedSuggestion, text?: string) {
    setEdits((all) => (text === undefined && s.reply.id in all ? all : { ...all, [s.reply.id]: text ?? s.text }));
    setEditFocus(s.reply.id);
  }

  const onSearchKey = trusted((event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), Math.max(shown.length - 1, 0)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const s = shown[active];
      if (s) edit(s);
    }
  });

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
          {triage && (
            <p
              class={`pp-triage${triage.urgency >= URGENT ? ' pp-urgent' : ''}`}
              data-testid="pp-triage"
              data-kind={triage.kind}
              data-sentiment={triage.sentiment}
              data-lang={triage.lang}
            >
              {[t(`kind_${triage.kind}`), t(`sentiment_${triage.sentiment}`), triage.lang.toUpperCase()].join(' · ')}
              {triage.urgency >= URGENT && ` · ${t('urgent')}`}
            </p>
          )}
          {suggestions.length === 0 ? (
            <p>{t('helperNoSuggestions')}</p>
          ) : (
            <input
              type="search"
              class="pp-search"
              data-testid="pp-search"
              value={search}
              placeholder={t('helperSearch')}
              aria-label={t('helperSearch')}
              ref={searchRef}
              onInput={(e) => {
                setSearch(e.currentTarget.value);
                setActive(0);
              }}
              onKeyDown={onSearchKey}
            />
          )}
          {search && found.length === 0 && <p data-testid="pp-no-match">{t('helperNoMatch')}</p>}
          <ul class="pp-suggestions">
            {shown.map((s, index) => {
              const reply = chosen(s);
              const editing = edits[s.reply.id] !== undefined;
              return (
                <li
                  key={s.reply.id}
                  class={index === active ? 'pp-active' : undefined}
                  data-testid="pp-suggestion"
                  data-reply-id={s.reply.id}
                  data-origin={s.reply.origin ?? 'personal'}
                  lang={s.lang}
                >
                  <div class="pp-head">
                    <strong>{s.reply.title}</strong>
                    <span class="pp-lang">{s.lang.toUpperCase()}</span>
                    {s.reply.origin === 'team' && <span class="pp-origin">{t('originTeam')}</span>}
                    <span class={`pp-tone pp-tone-${reply.tone.level}`} data-testid="pp-tone" data-level={reply.tone.level}>
                      {t(TONE_LABEL[reply.tone.level])}
                    </span>
                  </div>
                  {editing ? (
                    <textarea
                      class="pp-edit"
                      data-testid="pp-edit"
                      value={reply.text}
                      rows={4}
                      ref={s.reply.id === editFocus ? editRef : undefined}
                      aria-label={t('helperEditLabel', s.reply.title)}
                      onInput={(e) => setEdits((all) => ({ ...all, [s.reply.id]: e.currentTarget.value }))}
                      onKeyDown={trusted((e: KeyboardEvent) => {
                        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                          e.preventDefault();
                          void insert(reply, s.reply.id);
                        }
                      })}
                    />
                  ) : (
                    <p class="pp-text" data-testid="pp-text">{s.text}</p>
                  )}
                  {editing && (
                    <p class="pp-drift" data-testid="pp-drift" data-drift={reply.drift.toFixed(2)}>
                      {reply.drift === 0 ? t('helperDriftNone') : t('helperDrift', String(Math.round(reply.drift * 100)))}
                    </p>
                  )}
                  <Findings text={reply.text} tone={reply.tone} onFix={(f) => edit(s, applyFix(reply.text, f))} />
                  <div class="pp-buttons">
                    <button
                      type="button"
                      data-testid="pp-insert"
                      disabled={busy || !reply.text.trim()}
                      onClick={trusted(() => void insert(reply, s.reply.id))}
                    >
                      {confirming === s.reply.id ? t('helperInsertAnyway') : t('helperInsert')}
                    </button>
                    {!editing && (
                      <button type="button" data-testid="pp-edit-open" onClick={trusted(() => edit(s))}>
                        {t('helperEdit')}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {!search && !showAll && found.length > TOP_SUGGESTIONS && (
            <button type="button" class="pp-more" data-testid="pp-show-all" onClick={trusted(() => setShowAll(true))}>
              {t('helperShowAll', String(found.length))}
            </button>
          )}
          <details class="pp-free">
            <summary>{t('helperFreeTitle')}</summary>
            <textarea
              data-testid="pp-free"
              rows={3}
              value={free}
              aria-label={t('helperFreeTitle')}
              onInput={(e) => setFree(e.currentTarget.value)}
            />
            {freeTone && (
              <span class={`pp-tone pp-tone-${freeTone.level}`} data-testid="pp-free-tone" data-level={freeTone.level}>
                {t(TONE_LABEL[freeTone.level])}
              </span>
            )}
            {freeTone && <Findings text={free} tone={freeTone} onFix={(f) => setFree(applyFix(free, f))} />}
            <button
              type="button"
              data-testid="pp-free-insert"
              disabled={busy || !freeTone}
              onClick={trusted(() => freeTone && void insert({ text: free, tone: freeTone }, FREE))}
            >
              {confirming === FREE ? t('helperInsertAnyway') : t('helperInsert')}
            </button>
          </details>
          <div class="pp-actions">
            <button
              type="button"
              data-testid="pp-action-dm"
              disabled={busy || !invitation}
              title={invitation ? invitation.text : t('helperNoInvitation')}
              onClick={trusted(() => void moveToPrivate())}
            >
              {t('helperDm')}
            </button>
            <button type="button" data-testid="pp-action-escalate" disabled={busy} aria-expanded={escalating} onClick={trusted(() => setEscalating(!escalating))}>
              {t('helperEscalate')}
            </button>
            <button type="button" data-testid="pp-action-ignore" disabled={busy} onClick={trusted(() => void ignore())}>
              {t('helperIgnore')}
            </button>
          </div>
          {escalating && (
            <div class="pp-escalate">
              <textarea
                data-testid="pp-escalate-note"
                rows={2}
                value={note}
                placeholder={t('helperEscalateNote')}
                aria-label={t('helperEscalateNote')}
                onInput={(e) => setNote(e.currentTarget.value)}
              />
              <button
                type="button"
                data-testid="pp-escalate-confirm"
                disabled={busy || !note.trim()}
                onClick={trusted(() => void act(() => onEscalate(note.trim()), 'helperEscalated'))}
              >
                {t('helperEscalateConfirm')}
              </button>
            </div>
          )}
          {status && <p class="pp-status" role="status" data-testid="pp-status">{t(status)}</p>}
        </section>
      )}
    </div>
  );
}

/**
 * What the tone check found: what and why, the words concerned, and a calmer wording to
 * use instead where the rule table has one.
 */
function Findings({ text, tone, onFix }: { text: string; tone: ToneResult; onFix: (finding: ToneFinding) => void }) {
  if (tone.findings.length === 0) return null;
  return (
    <ul class="pp-findings" data-testid="pp-findings">
      {tone.findings.map((f) => (
        <li key={`${f.rule}-${f.start}-${f.end}`} data-testid="pp-finding" data-rule={f.rule}>
          {t(f.message as MessageKey)} {f.end > f.start && <mark>{text.slice(f.start, f.end)}</mark>}
          {f.fix !== undefined && (
            <button type="button" class="pp-fix" data-testid="pp-fix" onClick={trusted(() => onFix(f))}>
              {f.fix ? t('helperFix', f.fix.trim()) : t('helperFixRemove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
