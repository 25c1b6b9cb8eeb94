import { describe, expect, it } from 'vitest';
import { loadSitePage, textOf as text } from './real-page';

// The reconstructed pages of the journeys, read without their scripts (real-page.ts).

describe('adapters on the reconstructed pages', () => {
  it('Pinterest: the description and each comment, the author from the profile link with text', () => {
    const { window, adapter } = loadSitePage('pinterest-pin.html', 'https://www.pinterest.com/pin/123456789012345678/');
    try {
      expect(adapter.id).toBe('pinterest');
      const posts = adapter.listPosts(window.document as unknown as Document);
      expect(posts).toHaveLength(3);
      const [description, comment, other] = posts;
      expect(text(adapter, comment!)).toBe('Does the Acme Rocket blender crush ice? Mine struggles with frozen fruit.');
      expect(adapter.readPost(comment!)).toMatchObject({ author: 'Juliette M', handle: '@juliette_m' });
      expect(adapter.readPost(other!)).toMatchObject({ author: 'Sam K', handle: '@sam_k' });
      expect(text(adapter, description!)).toBe('Our breakfast routine with frozen berries and oat milk.');
      expect(adapter.readPost(description!)).toMatchObject({ author: 'Kitchen Corner', handle: '@kitchencorner' });
    } finally {
      void window.happyDOM.close();
    }
  });

  it('Tumblr: an app post reads its content blocks, not its header and footer', () => {
    const { window, adapter } = loadSitePage('tumblr-post.html', 'https://www.tumblr.com/acme-fans/765432109876543210/rocket-day');
    try {
      expect(adapter.id).toBe('tumblr');
      const posts = adapter.listPosts(window.document as unknown as Document);
      expect(posts).toHaveLength(2);
      expect(text(adapter, posts[0]!)).toBe('Day three with the Acme Rocket: the lid still leaks when I make soup. Anyone found a fix?');
      expect(adapter.readPost(posts[0]!)).toMatchObject({
        author: 'blender-diaries',
        handle: '@blender-diaries',
        permalink: 'https://www.tumblr.com/blender-diaries/765432109876543210/rocket-day',
        time: '2026-11-24T18:00:00Z',
      });
    } finally {
      void window.happyDOM.close();
    }
  });

  it('Dailymotion: the description and the comments by their data-testid hooks', () => {
    const { window, adapter } = loadSitePage('dailymotion-video.html', 'https://www.dailymotion.com/video/x9acme0');
    try {
      expect(adapter.id).toBe('dailymotion');
      const posts = adapter.listPosts(window.document as unknown as Document);
      expect(posts).toHaveLength(3);
      const comment = posts.find((post) => post.getAttribute('data-comment-id') === 'c-1001')!;
      expect(text(adapter, comment)).toContain('Acme Rocket smells like burning');
      expect(adapter.readPost(comment)).toMatchObject({ author: 'Lucas V', handle: '@lucas_v', postId: 'c-1001' });
    } finally {
      void window.happyDOM.close();
    }
  });
});
