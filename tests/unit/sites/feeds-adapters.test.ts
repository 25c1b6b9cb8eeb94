import { describe, expect, it } from 'vitest';
import { urnFromTrackingScope } from '@/utils/sites/linkedin';
import { loadSitePage } from './real-page';

/**
 * The reconstructed feed and comment pages (tests/fixtures/sites/, sources in each header),
 * loaded at their sites' real addresses without their scripts: what the adapters read of them.
 * The real-browser journeys on the same pages are in tests/e2e/sites-feeds.e2e.ts.
 */
function loadPage(file: string, url: string) {
  const { document, adapter } = loadSitePage(file, url);
  return { document, adapter, posts: adapter.listPosts(document), text: (post: Element) => adapter.readText(post).text };
}

describe('LinkedIn, both feed layouts', () => {
  it('classic: posts by data-urn, the author, the post page from the urn', () => {
    const { adapter, posts, text } = loadPage('linkedin-feed-classic.html', 'https://www.linkedin.com/feed/');
    expect(adapter.id).toBe('linkedin');
    expect(posts.map((p) => p.id)).toEqual(['post-acme', 'post-other']);
    expect(text(posts[0]!)).toContain('Has anyone rolled out the Acme Rocket');
    expect(text(posts[0]!)).not.toContain('Zoé Laurent');
    expect(adapter.readPost(posts[0]!)).toMatchObject({
      author: 'Zoé Laurent',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000001/',
    });
  });

  it('2025 layout: posts by data-view-name, the author after the photo link, the urn from the tracking scope', () => {
    const { document, adapter, posts, text } = loadPage('linkedin-feed-2025.html', 'https://www.linkedin.com/feed/');
    expect(posts).toHaveLength(2);
    expect(posts.every((p) => p.matches('[data-view-name="feed-full-update"]'))).toBe(true);
    expect(text(posts[0]!)).toMatch(/^Has anyone rolled out the Acme Rocket/);
    expect(adapter.readPost(posts[0]!)).toMatchObject({
      author: 'Zoé Laurent',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000011/',
    });
    expect(adapter.readPost(posts[1]!).permalink).toBe('https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000012/');
    // A scope that is not JSON, or holds no urn, gives nothing rather than throwing.
    const odd = document.createElement('div');
    odd.setAttribute('data-view-tracking-scope', '{not json');
    expect(urnFromTrackingScope(odd)).toBe('');
    odd.setAttribute('data-view-tracking-scope', JSON.stringify([{ breadcrumb: { content: { data: [...Buffer.from('{"x":1}')] } } }]));
    expect(urnFromTrackingScope(odd)).toBe('');
  });

  it('2025 layout: a comment box already open beside the post is used as it is, Comment not clicked again', async () => {
    const { document, adapter, posts } = loadPage('linkedin-feed-2025.html', 'https://www.linkedin.com/feed/');
    const section = document.querySelector('#post-acme')!.lastElementChild!;
    const box = document.createElement('div');
    box.className = 'tiptap ProseMirror';
    box.contentEditable = 'true';
    const wrapper = document.createElement('div');
    wrapper.setAttribute('data-view-name', 'comment-box');
    wrapper.append(box);
    section.append(wrapper);
    let clicked = 0;
    document.querySelector('#post-acme button[data-view-name="feed-comment-button"]')!.addEventListener('click', () => (clicked += 1));
    expect(await adapter.openReplyBox(posts[0]!)).toBe(box);
    expect(clicked).toBe(0);
  });
});

describe('Reddit, shreddit', () => {
  const page = () => loadPage('reddit-shreddit.html', 'https://www.reddit.com/r/Cooking/comments/pp1demo/which_blender_for_a_small_cafe/');

  it('the post and each comment, a nested reply apart from its parent', () => {
    const { adapter, posts, text } = page();
    expect(adapter.id).toBe('reddit');
    expect(posts.map((p) => p.getAttribute('thingid') ?? p.id)).toEqual(['t3_pp1demo', 't1_kacme01', 't1_kreply2', 't1_kother3']);
    const acme = posts[1]!;
    expect(text(acme)).toContain('We bought the Acme Rocket last year');
    expect(text(acme)).not.toContain('jar seal');
    expect(adapter.readPost(acme)).toMatchObject({
      author: 'marie_dupont',
      handle: 'u/marie_dupont',
      permalink: 'https://www.reddit.com/r/Cooking/comments/pp1demo/comment/kacme01/',
    });
  });

  it('a post is its title and its body, not its other slots', () => {
    const { document, posts, text } = page();
    const post = posts[0]!;
    const credit = document.createElement('div');
    credit.setAttribute('slot', 'credit-bar');
    credit.textContent = 'r/Cooking · Posted by u/acme_fan';
    post.prepend(credit);
    expect(text(post).replace(/\s+/g, ' ').trim()).toBe('Which blender for a small café? We open in March and need something that survives forty smoothies a day. Budget around 400 €.');
  });

  it('the helper goes inside the slotted body (shreddit renders only named slots)', () => {
    const { adapter, posts } = page();
    expect(adapter.placeHelper(posts[1]!).anchor.getAttribute('slot')).toBe('comment');
    expect(adapter.placeHelper(posts[2]!).anchor.closest('shreddit-comment')?.getAttribute('thingid')).toBe('t1_kreply2');
    expect(adapter.placeHelper(posts[0]!).anchor.getAttribute('slot')).toBe('text-body');
  });
});

describe('TikTok web comments', () => {
  const url = 'https://www.tiktok.com/@acme.kitchen/video/7400000000000000042';

  it('the caption, the comments and their replies; a comment read by its data-e2e hooks', () => {
    const { adapter, posts, text } = loadPage('tiktok-comments.html', url);
    expect(adapter.id).toBe('tiktok');
    expect(posts).toHaveLength(4);
    const marie = posts.find((p) => text(p).includes('Acme Rocket'))!;
    expect(text(marie)).not.toContain('Frozen fruit');
    expect(adapter.readPost(marie)).toMatchObject({ author: 'Marie', handle: '@marie.dpt', postId: `${url}#comment-by-@marie.dpt` });
    const reply = posts.find((p) => text(p).includes('Frozen fruit'))!;
    expect(adapter.readPost(reply)).toMatchObject({ author: 'Léa', handle: '@lea.m' });
  });
});
