import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from '@/utils/sites/facebook';
import { instagramAdapter } from '@/utils/sites/instagram';
import { pickAdapter } from '@/utils/sites/registry';
import { threadsAdapter } from '@/utils/sites/threads';
import type { SiteAdapter } from '@/utils/sites/types';
import { loadSitePage } from './real-page';

// The Meta sites' adapters on their reconstructed pages (tests/fixtures/sites/, sources in
// each page's header), loaded at their real address with the pages' own scripts off: each
// test plays the site's part (what its Reply does) itself. The real editors are exercised
// by tests/e2e/sites-meta.e2e.ts in Chromium.

const windows: Window[] = [];
afterEach(async () => {
  for (const window of windows.splice(0)) await window.happyDOM.close();
});

function load(name: string, url: string) {
  const { window, document, location } = loadSitePage(name, url);
  windows.push(window);
  return { document, location };
}

/** The posts that mention Acme, by their text as the adapter reads it. */
const mentioning = (adapter: SiteAdapter, document: Document) => adapter.listPosts(document).filter((post) => /Acme/.test(adapter.readText(post).text));

describe('Facebook adapter on the reconstructed group page', () => {
  const page = () => load('facebook-group.html', 'https://www.facebook.com/groups/acmeowners/');

  it('finds the feed posts and comments, reads the comment that mentions Acme', () => {
    const { document, location } = page();
    expect(pickAdapter(location, document).id).toBe('facebook');
    expect(facebookAdapter.listPosts(document)).toHaveLength(4);
    const [comment, ...others] = mentioning(facebookAdapter, document);
    expect(others).toHaveLength(0);
    expect(comment!.id).toBe('comment-7771050');
    expect(facebookAdapter.readText(comment!).text).toBe('Is the Acme Rocket worth it? Mine makes a strange noise since Monday.');
    expect(facebookAdapter.readPost(comment!)).toMatchObject({
      author: 'Marie Dupont',
      permalink: 'https://www.facebook.com/groups/acmeowners/posts/7771001/?comment_id=7771050',
    });
    const post = document.getElementById('post-1')!;
    expect(facebookAdapter.readText(post).text).toBe('Soup season is back. Which blender do you all use?');
    expect(facebookAdapter.readPost(post)).toMatchObject({ author: 'Julie Bernard', permalink: 'https://www.facebook.com/groups/acmeowners/posts/7771001/' });
  });

  it("clicks the comment's text-named Reply and returns the box Facebook adds to the comment's item", async () => {
    const { document } = page();
    const comment = document.getElementById('comment-7771050')!;
    const item = comment.closest('li')!;
    let clicks = 0;
    // Facebook's part: Reply adds a form with a Lexical box after the comment, focused.
    document.addEventListener('click', (event) => {
      if ((event.target as Element).textContent !== 'Reply') return;
      clicks += 1;
      const box = document.createElement('div');
      box.contentEditable = 'true';
      box.setAttribute('data-lexical-editor', 'true');
      box.setAttribute('aria-label', 'Reply to Marie Dupont');
      const form = document.createElement('form');
      form.append(box);
      item.append(form);
      box.focus();
    });
    const box = await facebookAdapter.openReplyBox(comment);
    expect(clicks).toBe(1);
    expect(box?.getAttribute('aria-label')).toBe('Reply to Marie Dupont');
    // The other comment's Reply was not touched, and a post's own comment box needs no click.
    const postForm = document.querySelector('#post-2 > form')!;
    const commentBox = document.createElement('div');
    commentBox.contentEditable = 'true';
    commentBox.setAttribute('data-lexical-editor', 'true');
    postForm.querySelector('.pp-lexical')!.replaceWith(commentBox);
    const postBox = await facebookAdapter.openReplyBox(document.getElementById('post-2')!);
    expect(clicks).toBe(1);
    expect(postBox).toBe(commentBox);
  });

  it('gives up (the helper then offers the clipboard) when a comment has no Reply', async () => {
    const { document } = page();
    const comment = document.getElementById('comment-7771061')!;
    for (const control of comment.querySelectorAll('[role="button"]')) control.remove();
    expect(await facebookAdapter.openReplyBox(comment)).toBeNull();
  });
});

describe('Instagram adapter on the reconstructed post page', () => {
  const page = () => load('instagram-post.html', 'https://www.instagram.com/p/DChefLea01/');

  it('finds the post and its comments, reads the comment that mentions Acme', () => {
    const { document, location } = page();
    expect(pickAdapter(location, document).id).toBe('instagram');
    expect(instagramAdapter.listPosts(document)).toHaveLength(3);
    const [comment, ...others] = mentioning(instagramAdapter, document);
    expect(others).toHaveLength(0);
    expect(comment!.id).toBe('comment-1');
    expect(instagramAdapter.readPost(comment!)).toMatchObject({
      author: 'marie.dupont',
      handle: '@marie.dupont',
      permalink: 'https://www.instagram.com/p/DChefLea01/c/18050000000000001/',
      time: '2026-11-23T09:12:00.000Z',
    });
    const article = document.querySelector('article')!;
    expect(instagramAdapter.readText(article).text).toBe('Soup season is back 🍲 Which blender do you all use?');
    expect(instagramAdapter.readPost(article)).toMatchObject({ author: 'chef.lea', handle: '@chef.lea' });
  });

  it("clicks the comment's Reply, then returns the post's comment box once Instagram put the mention in it", async () => {
    const { document } = page();
    const form = document.getElementById('comment-form')!;
    const textarea = document.createElement('textarea');
    textarea.setAttribute('aria-label', 'Add a comment…');
    form.append(textarea);
    const comment = document.getElementById('comment-1')!;
    // Instagram's part: Reply writes "@author " in the one comment box and focuses it.
    document.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (button?.textContent?.trim() !== 'Reply') return;
      textarea.value = `@${button.closest('li')!.querySelector('h3 a')!.textContent} `;
      textarea.focus();
    });
    const box = await instagramAdapter.openReplyBox(comment);
    expect(box).toBe(textarea);
    expect(textarea.value).toBe('@marie.dupont ');
  });
});

describe('Threads adapter on the reconstructed post page', () => {
  const page = () => load('threads-post.html', 'https://www.threads.com/@chef.lea/post/DChefLea01');

  it('finds the post and its replies, reads the reply that mentions Acme', () => {
    const { document, location } = page();
    expect(pickAdapter(location, document).id).toBe('threads');
    expect(pickAdapter(new URL('https://www.threads.net/@x') as unknown as Location, document).id).toBe('threads');
    expect(threadsAdapter.listPosts(document)).toHaveLength(3);
    const [reply, ...others] = mentioning(threadsAdapter, document);
    expect(others).toHaveLength(0);
    expect(reply!.id).toBe('reply-marie');
    expect(threadsAdapter.readText(reply!).text).toBe('Is the Acme Rocket worth it? Mine makes a strange noise since Monday.');
    expect(threadsAdapter.readPost(reply!)).toMatchObject({
      author: 'marie.dupont',
      handle: '@marie.dupont',
      permalink: 'https://www.threads.com/@marie.dupont/post/DMarieD042',
      time: '2026-11-23T09:12:00.000Z',
    });
  });

  it("clicks the reply's own Reply and returns the Lexical box of the dialog Threads opens", async () => {
    const { document } = page();
    const reply = document.getElementById('reply-marie')!;
    let opened = '';
    // Threads' part: Reply opens a dialog at the document's end with the composer.
    document.addEventListener('click', (event) => {
      const control = (event.target as Element).closest('[role="button"]');
      if (!control?.querySelector('svg[aria-label="Reply"]')) return;
      opened = control.closest('[data-pressable-container]')!.id;
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      const box = document.createElement('div');
      box.contentEditable = 'true';
      box.setAttribute('role', 'textbox');
      box.setAttribute('data-lexical-editor', 'true');
      dialog.append(box);
      document.body.append(dialog);
    });
    const box = await threadsAdapter.openReplyBox(reply);
    expect(opened).toBe('reply-marie');
    expect(box?.closest('[role="dialog"]')).not.toBeNull();
  });
});
