import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/entrypoints/popup/popup';
import { getDb } from '@/utils/db/instance';
import { recordInteraction } from '@/utils/db/interactions';
import type { Interaction } from '@/utils/messages';
import { makeInteraction, makeMention } from '../fixtures';
import { recordMention } from '@/utils/db/mentions';
import { buzzStateItem } from '@/utils/alerts/storage-items';
import { renderWithQuery } from './render';

const interaction = (n: number, action: Interaction['action']) => makeInteraction(n, { action });

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid="pp-log-row"]')].map((row) => [
    row.getAttribute('data-action'),
    row.getAttribute('data-platform'),
    row.querySelector('.author')?.textContent,
  ]);

/** The *Handled* tab (the popup opens on *To handle*). */
async function openLog(root: HTMLElement) {
  const tab = await vi.waitFor(() => {
    const el = root.querySelector<HTMLElement>('[data-testid="pp-tab-log"]');
    if (!el) throw new Error('not yet');
    return el;
  });
  tab.click();
}

describe('Popup', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await getDb().interactions.clear();
    await getDb().mentions.clear();
  });

  it('opens on the mentions to handle, most urgent first, filtered by kind', async () => {
    const triage = (urgency: number, kind: 'question' | 'complaint') => ({ lang: 'fr', sentiment: 'neg', kind, toxicity: 0, urgency }) as const;
    await recordMention(getDb(), makeMention(1, { triage: triage(0.2, 'question') }));
    await recordMention(getDb(), makeMention(2, { triage: triage(0.8, 'complaint') }));
    await recordMention(getDb(), makeMention(3, { triage: triage(0.5, 'complaint') }));
    await recordInteraction(getDb(), makeInteraction(9, { postId: 'https://blog.example/posts/3' }));
    const root = renderWithQuery(<Popup />);
    const inbox = () => [...root.querySelectorAll('[data-testid="pp-inbox-row"]')].map((r) => [r.getAttribute('data-kind'), r.querySelector('.author')?.textContent]);
    await vi.waitFor(() => expect(inbox()).toEqual([['complaint', 'Author 2'], ['question', 'Author 1']]));
    expect(root.querySelector('[data-testid="pp-inbox-row"]')!.textContent).toContain('urgent');
    const kind = root.querySelector<HTMLSelectElement>('[data-testid="pp-inbox-kind"]')!;
    kind.value = 'question';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(inbox()).toEqual([['question', 'Author 1']]));
  });

  it('says so when nothing is logged yet', async () => {
    const root = renderWithQuery(<Popup />);
    await openLog(root);
    await vi.waitFor(() => expect(root.textContent).toContain('Nothing handled yet'));
  });

  it('lists the log newest first and refreshes when the background announces a change', async () => {
    await recordInteraction(getDb(), interaction(1, 'replied'));
    await recordInteraction(getDb(), interaction(2, 'ignored'));
    const root = renderWithQuery(<Popup />);
    await openLog(root);
    await vi.waitFor(() =>
      expect(rows(root)).toEqual([
        ['ignored', 'web', 'Author 2'],
        ['replied', 'web', 'Author 1'],
      ]),
    );

    await recordInteraction(getDb(), interaction(3, 'replied'));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'interactions.changed' }, {}, () => undefined);
    await vi.waitFor(() => expect(rows(root).map((r) => r[2])).toEqual(['Author 3', 'Author 2', 'Author 1']));
  });

  it('shows a bad-buzz banner that opens the inbox on that query', async () => {
    const triage = { lang: 'fr', sentiment: 'neg', kind: 'complaint', toxicity: 0, urgency: 0.5 } as const;
    await recordMention(getDb(), makeMention(1, { triage, matchedQueries: ['brand'] }));
    await recordMention(getDb(), makeMention(2, { triage, matchedQueries: ['other'] }));
    await buzzStateItem.setValue({ active: { brand: { since: 1, recent: 7 } } });
    const root = renderWithQuery(<Popup />);
    const alert = await vi.waitFor(() => {
      const el = root.querySelector<HTMLElement>('[data-testid="pp-alert"]');
      if (!el) throw new Error('not yet');
      return el;
    });
    expect(alert.textContent).toContain('7 negative or toxic mentions of “Acme”');
    alert.querySelector<HTMLElement>('button')!.click();
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="pp-inbox-row"]')).toHaveLength(1));
  });
});
