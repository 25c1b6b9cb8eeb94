import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n/t';
import { isValidSelector, type CustomSiteSelectors } from '@/utils/sites/custom';
import { customSitesItem } from '@/utils/sites/custom-store';

const FIELDS: Array<[keyof Omit<CustomSiteSelectors, 'host'>, MessageKey]> = [
  ['post', 'customSitePost'],
  ['text', 'customSiteText'],
  ['author', 'customSiteAuthor'],
  ['permalink', 'customSitePermalink'],
  ['replyButton', 'customSiteReplyButton'],
  ['replyBox', 'customSiteReplyBox'],
];

const EMPTY: CustomSiteSelectors = { host: '', post: '' };

/**
 * Selectors a manager gives for a site the generic adapter reads badly. Each selector is
 * checked before it is saved; the content script of that host uses them on its next load.
 */
export function SiteSelectors() {
  const [sites, setSites] = useState<CustomSiteSelectors[]>([]);
  const [draft, setDraft] = useState<CustomSiteSelectors>(EMPTY);
  const [error, setError] = useState('');
  useEffect(() => {
    void customSitesItem.getValue().then(setSites);
    return customSitesItem.watch(setSites);
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const host = draft.host.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    const bad = FIELDS.map(([field]) => draft[field]?.trim() ?? '').find((selector) => selector && !isValidSelector(selector));
    if (!host || !draft.post.trim()) return setError(t('customSiteMissing'));
    if (bad !== undefined) return setError(t('customSiteInvalid', bad));
    setError('');
    await customSitesItem.setValue([...sites.filter((site) => site.host !== host), { ...draft, host }]);
    setDraft(EMPTY);
  };

  return (
    <section data-testid="site-selectors">
      <h2>{t('customSitesTitle')}</h2>
      <p class="help">{t('customSitesHelp')}</p>
      <ul>
        {sites.map((site) => (
          <li key={site.host} data-testid="site-selectors-row">
            <code>{site.host}</code> <code>{site.post}</code>{' '}
            <button type="button" onClick={() => void customSitesItem.setValue(sites.filter((s) => s.host !== site.host))}>
              {t('customSiteRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void save(event)}>
        <label>
          {t('customSiteHost')}{' '}
          <input value={draft.host} data-testid="site-selectors-host" onInput={(e) => setDraft({ ...draft, host: e.currentTarget.value })} />
        </label>
        {FIELDS.map(([field, label]) => (
          <label key={field}>
            {t(label)}{' '}
            <input value={draft[field] ?? ''} data-testid={`site-selectors-${field}`} onInput={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })} />
          </label>
        ))}
        <button type="submit" data-testid="site-selectors-save">{t('customSiteAdd')}</button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}
