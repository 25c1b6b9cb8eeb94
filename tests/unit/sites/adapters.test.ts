import { afterEach, describe, expect, it, vi } from 'vitest';
import { isBrandPost } from '@/utils/sites/brand';
import { customSiteAdapter } from '@/utils/sites/custom';
import { defineSite } from '@/utils/sites/define-site';
import { guardAdapter, type AdapterError } from '@/utils/sites/guard';
import { pickAdapter, SITE_ADAPTERS } from '@/utils/sites/registry';
import type { SiteAdapter } from '@/utils/sites/types';
import { isBuiltInSite, patternCovers, sitePattern } from '@/utils/sites/watch-site';

afterEach(() => {
  document.body.replaceChildren();
});

const at = (href: string) => new URL(href) as unknown as Location;

describe('isBrandPost', () => {
  it.each([
    ['@acme', ['@acme'], true],
    ['@ACME', ['@acme'], true],
    ['u/acme', ['@acme'], true],
    ['@acme@mastodon.social', ['@acme'], true],
    ['@acme@mastodon.social', ['@acme@other.social'], false],
    ['@acme.bsky.social', ['@acme'], true],
    ['@acmeville', ['@acme'], false],
    ['', ['@acme'], false],
    ['@acme', [], false],
  ])('%s with brand handles %j → %s', (handle, brand, own) => {
    expect(isBrandPost({ handle, author: 'x' }, brand)).toBe(own);
  });
});

describe('pickAdapter', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://mobile.twitter.com/a/status/1', 'x'],
    ['https://www.facebook.com/acme', 'facebook'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://old.reddit.com/r/a', 'reddit'],
    ['https://www.threads.com/@acme', 'threads'],
    ['https://fr.pinterest.com/pin/1/', 'pinterest'],
    ['https://www.dailymotion.com/video/x1', 'dailymotion'],
    ['https://acme.tumblr.com/post/1', 'tumblr'],
    ['https://blog.example.org/', 'generic'],
  ])('%s → %s', (href, id) => {
    expect(pickAdapter(at(href), document).id).toBe(id);
  });

  it('recognises Mastodon and Discourse by their markup on any host', () => {
    document.body.innerHTML = '<div id="mastodon" class="app-holder" data-props="{}"></div>';
    expect(pickAdapter(at('https://piaille.fr/@acme'), document).id).toBe('mastodon');
    document.body.replaceChildren();
    const meta = document.createElement('meta');
    meta.name = 'generator';
    meta.content = 'Discourse 3.2';
    document.head.append(meta);
    expect(pickAdapter(at('https://forum.acme.example/t/x/1'), document).id).toBe('discourse');
    meta.remove();
  });

  it('skips an adapter whose check throws, and says so', () => {
    const broken = { ...SITE_ADAPTERS[0]!, id: 'broken', matches: () => { throw new Error('boom'); } } as SiteAdapter;
    const onError = vi.fn();
    expect(pickAdapter(at('https://x.com/'), document, { adapters: [broken, ...SITE_ADAPTERS], onError }).id).toBe('x');
    expect(onError).toHaveBeenCalledWith('broken', expect.any(Error));
  });

  it('uses the selectors a manager gave for a host before any other adapter', () => {
    document.body.innerHTML = '<div class="msg"><b class="who">Ana</b><div class="body">Acme rocks</div></div>';
    const adapter = pickAdapter(at('https://forum.example.org/t/1'), document, { custom: [{ host: 'forum.example.org', post: 'div.msg', author: '.who', text: '.body' }] });
    expect(adapter.id).toBe('custom:forum.example.org');
    const [post] = adapter.listPosts(document);
    expect(adapter.readText(post!).text).toBe('Acme rocks');
    expect(adapter.readPost(post!).author).toBe('Ana');
    expect(customSiteAdapter({ host: 'a.b', post: 'x' }).platform).toBe('web');
  });
});

describe('guardAdapter', () => {
  const throwing = {
    ...SITE_ADAPTERS[0]!,
    listPosts: () => { throw new Error('selector broke'); },
    readPost: () => { throw new TypeError('no author'); },
    placeHelper: () => { throw new Error('no anchor'); },
    openReplyBox: () => Promise.reject(new Error('no reply control')),
  } as SiteAdapter;

  it('contains every failure and records the last one', async () => {
    const errors: AdapterError[] = [];
    const adapter = guardAdapter(throwing, (e) => errors.push(e));
    const post = document.createElement('article');
    expect(adapter.listPosts(document)).toEqual([]);
    expect(adapter.readPost(post)).toEqual({ author: '', postId: '' });
    expect(adapter.placeHelper(post)).toEqual({ anchor: post, append: 'last' });
    await expect(adapter.openReplyBox(post)).resolves.toBeNull();
    expect(errors.map((e) => e.where)).toEqual(['listPosts', 'readPost', 'placeHelper', 'openReplyBox']);
    expect(errors[1]!.message).toBe('TypeError: no author');
  });
});

describe('defineSite', () => {
  const site = defineSite({
    id: 'test',
    platform: 'web',
    matches: () => true,
    selectors: {
      post: ['.post'],
      text: ['.text'],
      author: ['.name'],
      handle: ['.handle'],
      permalink: ['a.when'],
      time: ['time'],
      replyButton: ['button.reply'],
      replyBox: ['textarea'],
    },
    replyWaitMs: 500,
  });

  it('reads a post without the replies nested in it', () => {
    document.body.innerHTML = `<div class="post" id="p1"><span class="name">Ana</span><span class="handle">@ana</span>
      <a class="when" href="/p/1"><time datetime="2026-01-02T03:04:05Z">now</time></a><p class="text">Parent words</p>
      <div class="post" id="p2"><span class="name">Bo</span><p class="text">Child words</p></div></div>`;
    const posts = site.listPosts(document);
    expect(posts.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(site.readText(posts[0]!).text).toBe('Parent words');
    expect(site.readPost(posts[0]!)).toEqual({ author: 'Ana', handle: '@ana', postId: `${location.origin}/p/1`, permalink: `${location.origin}/p/1`, time: '2026-01-02T03:04:05Z' });
    expect(site.readPost(posts[1]!).author).toBe('Bo');
    expect(site.postOf(posts[1]!.querySelector('.text')!.firstChild!)).toBe(posts[1]);
  });

  it('clicks the site’s own Reply when the box only appears then, and focuses it', async () => {
    document.body.innerHTML = '<div class="post"><p class="text">Hi</p><button class="reply">Reply</button></div>';
    const post = document.querySelector('.post')!;
    post.querySelector('button')!.addEventListener('click', () => setTimeout(() => post.append(document.createElement('textarea')), 20));
    const box = await site.openReplyBox(post);
    expect(box?.nodeName).toBe('TEXTAREA');
    expect(document.activeElement).toBe(box);
  });

  it('gives null when there is neither a box nor a Reply control', async () => {
    document.body.innerHTML = '<div class="post"><p class="text">Hi</p></div>';
    await expect(site.openReplyBox(document.querySelector('.post')!)).resolves.toBeNull();
  });
});

describe("a site's selectors given by the manager", () => {
  const site = customSiteAdapter({ host: 'Forum.Example.org', post: 'div.msg', text: '.msg-body', author: ' .msg-user ', permalink: '' });

  it('applies on its host only, any case', () => {
    expect(site.matches(at('https://forum.example.org/viewtopic?t=1'), document)).toBe(true);
    expect(site.matches(at('https://example.org/'), document)).toBe(false);
  });

  it('reads posts with the given selectors, and the generic ones for an empty field', () => {
    document.body.innerHTML =
      '<div class="msg"><span class="msg-user">dan</span> <a rel="bookmark" href="/t/1#m1">#1</a><div class="msg-body">Acme is loud</div></div>';
    const [post, ...rest] = site.listPosts(document);
    expect(rest).toEqual([]);
    expect(site.readText(post!).text).toBe('Acme is loud');
    expect(site.readPost(post!)).toMatchObject({ author: 'dan', permalink: 'http://localhost:3000/t/1#m1' });
  });
});

describe('watched sites', () => {
  it.each([
    ['https://forum.example.org/t/1', 'https://forum.example.org/*'],
    ['http://blog.example.org/', 'http://blog.example.org/*'],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('%s → %s', (url, pattern) => {
    expect(sitePattern(url)).toBe(pattern);
  });

  it.each([
    ['*://*.facebook.com/*', 'https://m.facebook.com/story.php', true],
    ['*://*.facebook.com/*', 'https://facebook.com/', true],
    ['*://x.com/*', 'https://x.com/a', true],
    ['*://x.com/*', 'https://notx.com/a', false],
    ['https://a.org/*', 'http://a.org/', false],
  ])('%s covers %s: %s', (pattern, url, covers) => {
    expect(patternCovers(pattern, url)).toBe(covers);
  });

  it('knows the built-in sites', () => {
    expect(isBuiltInSite('https://www.youtube.com/watch?v=1')).toBe(true);
    expect(isBuiltInSite('https://forum.example.org/')).toBe(false);
  });
});

describe('genericAdapter.listPosts', () => {
  it('lists articles and schema.org comments, in document order', async () => {
    const { genericAdapter } = await import('@/utils/sites/generic');
    const post = (tag: string, id: string) => Object.assign(document.createElement(tag), { id, textContent: id });
    const comment = post('div', 'c');
    comment.setAttribute('itemtype', 'https://schema.org/Comment');
    document.body.append(post('article', 'a'), comment, post('article', 'b'));
    expect(genericAdapter.listPosts(document).map((p) => p.id)).toEqual(['a', 'c', 'b']);
    document.getElementById('c')!.remove();
    expect(genericAdapter.listPosts(document).map((p) => p.id)).toEqual(['a', 'b']);
    expect(genericAdapter.listPosts(document.getElementById('b')!).map((p) => p.id)).toEqual(['b']);
  });
});
