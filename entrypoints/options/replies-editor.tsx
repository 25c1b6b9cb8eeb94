import { useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '@/utils/config/platforms';
import { slug } from '@/utils/config/edit';
import type { TeamDocument } from '@/utils/config/merge';
import { REPLY_CATEGORIES, REPLY_LANGS, type Config, type Reply } from '@/utils/config/schema';
import { t } from '@/utils/i18n/t';
import { deleteReply, duplicateReply, freeId, moveReply, saveReply } from '@/utils/replies/edit';

type Lang = (typeof REPLY_LANGS)[number];
/** Rows rendered at a time: a team sheet may hold thousands of elements; filters narrow them. */
const PAGE = 100;
type Props = { config: Config; effective: Config; team: TeamDocument | null; save: (next: Config) => Promise<void> };

/**
 * The approved elements: the team's (read-only, a personal copy can be made) and the
 * manager's own (create, edit, duplicate, delete, reorder), filtered by category and
 * language. The order set here is the helper's order among elements that rank equal.
 */
export function RepliesEditor({ config, effective, team, save }: Props) {
  const [category, setCategory] = useState('');
  const [lang, setLang] = useState('');
  const [editing, setEditing] = useState<{ reply: Reply; replacing?: string } | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const overridden = new Set(team?.replies.map((r) => r.id).filter((id) => config.replies.some((r) => r.id === id)));

  const shown = effective.replies.filter(
    (r) => (!category || r.category === category) && (!lang || r.lang === lang || r.translations?.[lang as Lang]),
  );
  const startNew = () =>
    setEditing({ reply: { id: '', title: '', category: 'question', lang: 'fr', text: '' } });

  return (
    <section>
      <h2>{t('repliesTitle')}</h2>
      <p class="hint">{t('repliesHint')}</p>
      <div class="toolbar">
        <select data-testid="replies-filter-category" aria-label={t('replyCategory')} value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
          <option value="">{t('repliesAllCategories')}</option>
          {REPLY_CATEGORIES.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
        <select data-testid="replies-filter-lang" aria-label={t('replyLang')} value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
          <option value="">{t('repliesAllLanguages')}</option>
          {REPLY_LANGS.map((l) => (
            <option key={l} value={l}>{l.toUpperCase()}</option>
          ))}
        </select>
        <button type="button" data-testid="reply-new" onClick={startNew}>{t('replyNew')}</button>
      </div>
      {editing && editing.replacing === undefined && (
        <ReplyForm initial={editing.reply} config={config} onCancel={() => setEditing(null)} onSave={async (next) => { await save(next); setEditing(null); }} />
      )}
      {overridden.size > 0 && (
        <p class="warning" data-testid="reply-conflicts">{t('repliesConflicts', [...overridden].join(', '))}</p>
      )}
      <ul class="replies">
        {shown.slice(0, limit).map((r) =>
          editing?.replacing === r.id && r.origin !== 'team' ? (
            <li key={`edit-${r.id}`}>
              <ReplyForm initial={editing.reply} replacing={r.id} config={config} onCancel={() => setEditing(null)} onSave={async (next) => { await save(next); setEditing(null); }} />
            </li>
          ) : (
            <li key={`${r.origin}-${r.id}`} data-testid="reply-row" data-reply-id={r.id} data-origin={r.origin ?? 'personal'}>
              <div class="reply-head">
                <strong>{r.title}</strong>
                <span class="badge">{r.category}</span>
                <span class="badge">{[r.lang, ...Object.keys(r.translations ?? {})].join(' + ').toUpperCase()}</span>
                {r.origin === 'team' && <span class="badge team">{t('originTeam')}</span>}
                {r.version && r.version > 1 && <span class="badge">v{r.version}</span>}
              </div>
              <p class="reply-text">{r.text}</p>
              <div class="reply-actions">
                {r.origin === 'team' ? (
                  <button type="button" data-testid="reply-copy" onClick={() => void save(duplicateReply(config, r, t('replyCopySuffix')))}>
                    {t('replyPersonalCopy')}
                  </button>
                ) : (
                  <>
                    <button type="button" data-testid="reply-edit" onClick={() => setEditing({ reply: r, replacing: r.id })}>{t('replyEdit')}</button>
                    <button type="button" data-testid="reply-duplicate" onClick={() => void save(duplicateReply(config, r, t('replyCopySuffix')))}>{t('replyDuplicate')}</button>
                    <button type="button" data-testid="reply-up" aria-label={t('replyUp')} onClick={() => void save(moveReply(config, r.id, -1))}>↑</button>
                    <button type="button" data-testid="reply-down" aria-label={t('replyDown')} onClick={() => void save(moveReply(config, r.id, 1))}>↓</button>
                    <button type="button" data-testid="reply-delete" onClick={() => confirm(t('replyDeleteConfirm', r.title)) && void save(deleteReply(config, r.id))}>{t('replyDelete')}</button>
                  </>
                )}
              </div>
            </li>
          ),
        )}
      </ul>
      {shown.length > limit && (
        <button type="button" data-testid="replies-more" onClick={() => setLimit(limit + PAGE)}>
          {t('repliesMore', [String(Math.min(PAGE, shown.length - limit)), String(shown.length)])}
        </button>
      )}
    </section>
  );
}

type FormProps = { initial: Reply; replacing?: string; config: Config; onCancel: () => void; onSave: (next: Config) => Promise<void> };

/** One element's editor. The error (an unknown `{variable}`, an empty text) shows as the manager types. */
function ReplyForm({ initial, replacing, config, onCancel, onSave }: FormProps) {
  const [draft, setDraft] = useState<Reply>(initial);
  const [tags, setTags] = useState((initial.tags ?? []).join(', '));
  const other: Lang = draft.lang === 'fr' ? 'en' : 'fr';
  const update = (patch: Partial<Reply>) => setDraft((d) => ({ ...d, ...patch }));

  const candidate = (): Reply => {
    const id = draft.id.trim() || freeId(config, slug(draft.title) || 'reply');
    const tagList = tags.split(',').map((s) => s.trim()).filter(Boolean);
    const platforms = Object.fromEntries(Object.entries(draft.platforms ?? {}).filter(([, text]) => text.trim()));
    const translation = draft.translations?.[other];
    const { tags: _t, platforms: _p, translations: _tr, ...rest } = draft;
    return {
      ...rest,
      id,
      ...(tagList.length ? { tags: tagList } : {}),
      ...(Object.keys(platforms).length ? { platforms } : {}),
      ...(translation?.text.trim() ? { translations: { [other]: { text: translation.text } } } : {}),
    };
  };
  const result = draft.title.trim() || draft.text.trim() ? saveReply(config, candidate(), replacing) : null;
  const error = result && !result.ok ? result.error : null;
  const variants = Object.keys(draft.platforms ?? {}) as Platform[];
  const addable = PLATFORMS.filter((p) => !variants.includes(p));

  return (
    <form
      class="reply-form"
      data-testid="reply-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (result?.ok) void onSave(result.value);
      }}
    >
      <label>{t('replyTitle')} <input data-testid="reply-title" value={draft.title} onInput={(e) => update({ title: e.currentTarget.value })} /></label>
      <label>{t('replyCategory')}{' '}
        <select data-testid="reply-category" value={draft.category} onChange={(e) => update({ category: e.currentTarget.value as Reply['category'] })}>
          {REPLY_CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label>{t('replyLang')}{' '}
        <select data-testid="reply-lang" value={draft.lang} onChange={(e) => update({ lang: e.currentTarget.value as Lang })}>
          {REPLY_LANGS.map((l) => <option key={l} value={l}>{l.toUpperCase()}</option>)}
        </select>
      </label>
      <label class="wide">{t('replyText')}
        <textarea data-testid="reply-text" rows={4} value={draft.text} onInput={(e) => update({ text: e.currentTarget.value })} />
      </label>
      <p class="hint">{t('replyVariablesHint', Object.keys(config.variables ?? {}).map((n) => `{${n}}`).join(' ') || '—')}</p>
      <label class="wide">{t('replyTranslation', other.toUpperCase())}
        <textarea
          data-testid="reply-translation"
          rows={3}
          value={draft.translations?.[other]?.text ?? ''}
          onInput={(e) => update({ translations: { [other]: { text: e.currentTarget.value } } })}
        />
      </label>
      {variants.map((p) => (
        <label class="wide" key={p}>{t('replyVariant', p)}
          <textarea
            data-testid={`reply-variant-${p}`}
            rows={2}
            value={draft.platforms?.[p] ?? ''}
            onInput={(e) => update({ platforms: { ...draft.platforms, [p]: e.currentTarget.value } })}
          />
        </label>
      ))}
      <label>{t('replyAddVariant')}{' '}
        <select data-testid="reply-add-variant" value="" onChange={(e) => e.currentTarget.value && update({ platforms: { ...draft.platforms, [e.currentTarget.value]: '' } })}>
          <option value="">—</option>
          {addable.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
      <label>{t('replyTags')} <input data-testid="reply-tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} /></label>
      <p class="error" role="alert" data-testid="reply-error">{error ?? ''}</p>
      <div class="reply-actions">
        <button type="submit" data-testid="reply-save" disabled={!result?.ok}>{t('replySave')}</button>
        <button type="button" onClick={onCancel}>{t('replyCancel')}</button>
      </div>
    </form>
  );
}
