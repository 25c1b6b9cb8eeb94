import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '@/entrypoints/options/options';
import { saveTeam } from '@/utils/config/settings';
import { configItem, personalItem } from '@/utils/config/storage-items';
import { renderWithQuery } from './render';

const byTestId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Options: watch queries', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('lists the built-in query, checks a query live and saves a valid one', async () => {
    const root = renderWithQuery(<Options />);
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="watch-query-row"]')).toHaveLength(1));
    const input = byTestId(root, 'watch-query-input') as HTMLInputElement;
    const add = byTestId(root, 'watch-query-add') as HTMLButtonElement;

    type(input, 'Rocket OR');
    await vi.waitFor(() => expect(byTestId(root, 'watch-query-error').textContent).toBe('A word, a "phrase" or ( expected (character 10)'));
    expect(add.disabled).toBe(true);

    type(input, '"Acme Rocket" -job');
    await vi.waitFor(() => expect(add.disabled).toBe(false));
    expect(byTestId(root, 'watch-query-error').textContent).toBe('');
    input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="watch-query-row"]')).toHaveLength(2));
    const stored = await configItem.getValue();
    expect(stored.queries.map((q) => q.query)).toEqual(['Acme', '"Acme Rocket" -job']);
    expect(input.value).toBe('');
  });

  it('refuses the same query twice', async () => {
    const root = renderWithQuery(<Options />);
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="watch-query-row"]')).toHaveLength(1));
    const input = byTestId(root, 'watch-query-input') as HTMLInputElement;
    type(input, 'Acme');
    await vi.waitFor(() => expect((byTestId(root, 'watch-query-add') as HTMLButtonElement).disabled).toBe(false));
    input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(byTestId(root, 'watch-query-error').textContent).toBe('This query is already in the list.'));
    expect((await configItem.getValue()).queries).toHaveLength(1);
  });

  it('saves the label and colour given, and points at the error in the query', async () => {
    const root = renderWithQuery(<Options />);
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="watch-query-row"]')).toHaveLength(1));
    const input = byTestId(root, 'watch-query-input') as HTMLInputElement;
    type(input, 'rembours* NEAR/3 (retard attente)');
    await vi.waitFor(() => expect(byTestId(root, 'watch-query-pointer')?.querySelector('mark')?.textContent).toBe('('));
    expect(byTestId(root, 'watch-query-error').textContent).toBe('NEAR joins words, phrases or (a OR b) groups, not AND (character 18)');

    type(input, 'rembours* NEAR/3 (retard OR attente)');
    type(byTestId(root, 'watch-query-label') as HTMLInputElement, 'Remboursements');
    type(byTestId(root, 'watch-query-color') as HTMLInputElement, '#2f9e44');
    await vi.waitFor(() => expect((byTestId(root, 'watch-query-add') as HTMLButtonElement).disabled).toBe(false));
    input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(async () =>
      expect((await configItem.getValue()).queries.at(-1)).toEqual({
        id: 'remboursements',
        label: 'Remboursements',
        color: '#2f9e44',
        query: 'rembours* NEAR/3 (retard OR attente)',
        origin: 'personal',
      }),
    );
  });
});

describe('Options: approved replies', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('creates an element, refusing an unknown variable as it is typed', async () => {
    const root = renderWithQuery(<Options />);
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="reply-row"]').length).toBe(16));
    byTestId(root, 'reply-new').click();
    await vi.waitFor(() => byTestId(root, 'reply-form'));
    type(byTestId(root, 'reply-title') as HTMLInputElement, 'Hotline');
    type(byTestId(root, 'reply-text') as HTMLInputElement, 'Bonjour {author}, appelez le {hotlin}.');
    await vi.waitFor(() => expect(byTestId(root, 'reply-error').textContent).toBe('text: unknown variable {hotlin}'));
    expect((byTestId(root, 'reply-save') as HTMLButtonElement).disabled).toBe(true);

    type(byTestId(root, 'reply-text') as HTMLInputElement, 'Bonjour {author}, appelez le service client.');
    await vi.waitFor(() => expect((byTestId(root, 'reply-save') as HTMLButtonElement).disabled).toBe(false));
    byTestId(root, 'reply-form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(async () => expect((await personalItem.getValue())?.config.replies.at(-1)).toEqual({
      id: 'hotline', title: 'Hotline', category: 'question', lang: 'fr', text: 'Bonjour {author}, appelez le service client.',
    }));
  });

  it('filters by category and language, and reorders', async () => {
    const root = renderWithQuery(<Options />);
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="reply-row"]').length).toBe(16));
    const select = (id: string, value: string) => {
      const el = byTestId(root, id) as HTMLSelectElement;
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    };
    select('replies-filter-category', 'complaint');
    select('replies-filter-lang', 'en');
    await vi.waitFor(() =>
      expect([...root.querySelectorAll('[data-testid="reply-row"]')].map((el) => el.getAttribute('data-reply-id'))).toEqual(['complaint-en']),
    );
    select('replies-filter-category', '');
    select('replies-filter-lang', '');
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="reply-down"]').length).toBe(16));
    byTestId(root, 'reply-down').click();
    await vi.waitFor(async () => expect((await configItem.getValue()).replies.slice(0, 2).map((r) => r.id)).toEqual(['thanks-en', 'thanks-fr']));
  });

  it('saves custom variables, and refuses removing one a reply still uses', async () => {
    const root = renderWithQuery(<Options />);
    const variables = await vi.waitFor(() => {
      const el = byTestId(root, 'brand-variables') as HTMLInputElement | null;
      if (!el) throw new Error('not rendered yet');
      return el;
    });
    type(byTestId(root, 'brand-agent') as HTMLInputElement, 'Camille');
    type(variables, 'hotline = 0800 123 456\n\nbroken line');
    await vi.waitFor(() => expect(byTestId(root, 'brand-error').textContent).toBe('Line 3: write name = value'));
    type(variables, 'hotline = 0800 123 456');
    await vi.waitFor(() => expect((byTestId(root, 'brand-save') as HTMLButtonElement).disabled).toBe(false));
    byTestId(root, 'brand-save').closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(async () => expect((await personalItem.getValue())?.config).toMatchObject({ brand: { agent: 'Camille' }, variables: { hotline: '0800 123 456' } }));

    const personal = (await personalItem.getValue())!;
    await personalItem.setValue({ ...personal, config: { ...personal.config, replies: [{ ...personal.config.replies[0]!, text: 'Appelez le {hotline}' }] } });
    type(variables, '');
    await vi.waitFor(() => expect(byTestId(root, 'brand-error').textContent).toBe('replies[0].text: unknown variable {hotline}'));
  });
});

describe('Options: team elements', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows them read-only and makes a personal copy on demand', async () => {
    await saveTeam({
      url: 'https://team.example/pp.json',
      document: { version: 1, queries: [], replies: [{ id: 'team-1', title: 'Team reply', category: 'question', lang: 'fr', text: 'Bonjour {author}' }], tone: { forbidden: [] } },
    });
    const root = renderWithQuery(<Options />);
    const row = await vi.waitFor(() => {
      const el = root.querySelector('[data-testid="reply-row"][data-origin="team"]');
      if (!el) throw new Error('not yet');
      return el;
    });
    expect(row.querySelector('[data-testid="reply-edit"], [data-testid="reply-delete"]')).toBeNull();
    row.querySelector<HTMLElement>('[data-testid="reply-copy"]')!.click();
    await vi.waitFor(async () =>
      expect((await personalItem.getValue())?.config.replies.find((r) => r.id === 'team-1-copy')).toEqual({
        id: 'team-1-copy', title: 'Team reply (copy)', category: 'question', lang: 'fr', text: 'Bonjour {author}',
      }),
    );
    expect((await configItem.getValue()).replies.filter((r) => r.id.startsWith('team-1')).map((r) => [r.id, r.origin])).toEqual([
      ['team-1', 'team'],
      ['team-1-copy', 'personal'],
    ]);
  });
});

describe('Options: tone rules', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('switches a rule off and saves the brand’s forbidden phrases; the mandatory ones stay on', async () => {
    const root = renderWithQuery(<Options />);
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="tone-rule"]').length).toBe(12));
    const toggle = (rule: string) => root.querySelector<HTMLInputElement>(`[data-rule="${rule}"] [data-testid="tone-rule-toggle"]`)!;
    expect(toggle('forbidden').disabled).toBe(true);
    expect(root.querySelector('[data-rule="rude"]')!.textContent).toContain('FR: idiot*');
    toggle('dismissive').click();
    await vi.waitFor(async () => expect((await configItem.getValue()).tone.disabled).toEqual(['dismissive']));
    const forbidden = byTestId(root, 'tone-forbidden') as HTMLInputElement;
    type(forbidden, 'remboursement garanti\n\nguaranteed refund\nremboursement garanti');
    await new Promise((resolve) => setTimeout(resolve, 0)); // Preact renders the typed text
    byTestId(root, 'tone-save').click();
    await vi.waitFor(async () => expect((await configItem.getValue()).tone).toEqual({ forbidden: ['remboursement garanti', 'guaranteed refund'], disabled: ['dismissive'] }));
  });
});
