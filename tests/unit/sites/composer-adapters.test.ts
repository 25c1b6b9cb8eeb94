import { describe, expect, it } from 'vitest';
import { loadSitePage, textOf as text } from './real-page';

// The reconstructed pages of the journeys, read without their scripts (real-page.ts).

describe('adapters on the composer pages', () => {
  it('Bluesky thread: the anchor post and two replies, each with its author, handle and link', () => {
    const url = 'https://bsky.app/profile/chef-lea.bsky.social/post/3lchefsoup2k';
    const { window, document, adapter } = loadSitePage('bluesky-thread.html', url);
    try {
      expect(adapter.id).toBe('bluesky');
      const [anchor, marie, tom, ...rest] = adapter.listPosts(document);
      expect(rest).toHaveLength(0);
      expect(text(adapter, marie!)).toBe('Is the Acme Rocket worth it? Mine makes a strange noise since Monday.');
      expect(adapter.readPost(marie!)).toMatchObject({
        author: 'Marie Dupont',
        handle: '@marie-dupont.bsky.social',
        permalink: 'https://bsky.app/profile/marie-dupont.bsky.social/post/3lmarieq7x2a',
      });
      expect(adapter.readPost(tom!)).toMatchObject({ author: 'Tom B.', handle: '@tom-b.bsky.social' });
      // The thread's anchor has no time link: the page is its permalink.
      expect(adapter.readPost(anchor!)).toMatchObject({ author: 'Chef Léa', handle: '@chef-lea.bsky.social', permalink: url });
    } finally {
      void window.happyDOM.close();
    }
  });

  it('Discourse topic: a post showing the reply it answers above it is still read as its own', () => {
    const { window, document, adapter } = loadSitePage('discourse-topic.html', 'https://meta.discourse.org/t/which-blender-for-a-small-cafe/400123');
    try {
      expect(adapter.id).toBe('discourse');
      const posts = adapter.listPosts(document);
      expect(posts.map((post) => post.id)).toEqual(['post_1', 'post_2', 'post_3']);
      const [, marie, tom] = posts;
      expect(text(adapter, marie!)).toBe('Is the Acme Rocket worth it? Mine makes a strange noise since Monday.');
      expect(adapter.readPost(marie!)).toMatchObject({
        author: 'Marie Dupont',
        handle: 'marie_dupont',
        permalink: 'https://meta.discourse.org/t/which-blender-for-a-small-cafe/400123/2',
        postId: 'https://meta.discourse.org/t/which-blender-for-a-small-cafe/400123/2',
        time: '2026-11-23T09:12:00.000Z',
      });
      // Post #3 embeds post #2 above its own words (Discourse's "replies above"): neither that
      // text nor that author is post #3's.
      expect(text(adapter, tom!)).toBe('An old Moulinex here, it never failed me.');
      expect(adapter.readPost(tom!)).toMatchObject({ author: 'tom_b', handle: 'tom_b', permalink: 'https://meta.discourse.org/t/which-blender-for-a-small-cafe/400123/3' });
    } finally {
      void window.happyDOM.close();
    }
  });
});
