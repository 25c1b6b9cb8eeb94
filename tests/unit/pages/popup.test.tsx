import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/entrypoints/popup/popup';
import { getDb } from '@/utils/db/instance';
import { recordInteraction } from '@/utils/db/interactions';
import type { Interaction } from '@/utils/messages';
import { makeInteraction } from '../fixtures';
import { renderWithQuery } from './render';

const interaction = (n: number, action: Interaction['action']) => makeInteraction(n, { action });

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid="pp-log-row"]')].map((row) => [
    row.getAttribute('data-action'),
    row.getAttribute('data-platform'),
    row.querySelector('.author')?.textContent,
  ]);

describe('Popup', () => {
  afterEach(async () => {
    document.body.innerHTML = '';
    await getDb().interactions.clear();
  });

  it('says so when nothing is logged yet', async () => {
    const root = renderWithQuery(<Popup />);
    await vi.waitFor(() => expect(root.textContent).toContain('Nothing handled yet'));
  });

  it('lists the log newest first and refreshes when the background announces a change', async () => {
    await recordInteraction(getDb(), interaction(1, 'replied'));
    await recordInteraction(getDb(), interaction(2, 'ignored'));
    const root = renderWithQuery(<Popup />);
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
});
