import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import { configItem } from '@/utils/config/storage-items';
import { runContentScript } from '@/entrypoints/content/run';

// The content script's lifecycle on one page: helpers follow the posts and the watch
// queries, and everything stops when the extension context goes away.
const post = (id: string, author: string, text: string) => `
  <article id="${id}"><header><a rel="author" href="/u/${id}">${author}</a></header>
  <p class="post-text">${text}</p><form><textarea></textarea></form></article>`;

const helperPosts = () =>
  [...document.querySelectorAll('porte-parole-helper')].map((host) => host.closest('article')?.id);

describe('runContentScript', () => {
  let ctx: ContentScriptContext;

  beforeEach(async () => {
    // happy-dom has no requestIdleCallback; browsers do. Idle time here is "next task".
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) =>
      setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0),
    );
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    document.body.innerHTML = `<main>${post('p1', 'Léa', 'Merci Acmé !')}${post('p2', 'Sam', 'Nice hike')}</main>`;
    ctx = new ContentScriptContext('content');
    await runContentScript(ctx);
  });
  afterEach(() => {
    ctx.abort();
    document.body.replaceChildren();
  });

  it('mounts one helper per post that mentions a watch query', async () => {
    await vi.waitFor(() => expect(helperPosts()).toEqual(['p1']));
  });

  it('follows posts added, recycled with new text, and removed (single-page apps)', async () => {
    await vi.waitFor(() => expect(helperPosts()).toEqual(['p1']));
    document.querySelector('main')!.insertAdjacentHTML('beforeend', post('p3', 'Nora', 'Is @acme open?'));
    await vi.waitFor(() => expect(helperPosts()).toEqual(['p1', 'p3']));

    // A site that recycles elements while scrolling: same element, new post.
    document.querySelector('#p1 .post-text')!.textContent = 'Unrelated now';
    document.querySelector('#p2 .post-text')!.textContent = 'Acme again';
    await vi.waitFor(() => expect(helperPosts()).toEqual(['p2', 'p3']));

    document.querySelector('#p3')!.remove();
    await vi.waitFor(() => expect(helperPosts()).toEqual(['p2']));
  });

  it('applies a changed configuration to the open page', async () => {
    await vi.waitFor(() => expect(helperPosts()).toEqual(['p1']));
    await configItem.setValue({ ...BUILT_IN_CONFIG, queries: [{ id: 'hike', label: 'hike', color: '#000000', query: 'hike' }] });
    await vi.waitFor(() => expect(helperPosts()).toEqual(['p2']));
  });

  it('removes its helpers and stops watching once the context is invalidated', async () => {
    await vi.waitFor(() => expect(helperPosts()).toEqual(['p1']));
    ctx.abort();
    expect(helperPosts()).toEqual([]);

    document.querySelector('main')!.insertAdjacentHTML('beforeend', post('p3', 'Nora', 'Is @acme open?'));
    await configItem.setValue({ ...BUILT_IN_CONFIG, queries: [{ id: 'hike', label: 'hike', color: '#000000', query: 'hike' }] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(helperPosts()).toEqual([]);
  });
});
