import { describe, expect, it } from 'vitest';
import { pickAdapter } from '@/utils/sites/registry';
import { HAVE_REAL_PAGES, loadRealPage, NO_REAL_PAGES } from './real-page';

/** What an adapter must find on one real saved page (`../shared/fixtures/real/`, see SOURCES.md). */
interface RealPageCase {
  file: string;
  /** The page's real address (defuddle's pages declare theirs). */
  url?: string;
  adapter: string;
  posts: number;
  /** Some posts, by their index in page order: words of the text, author, handle, permalink. */
  samples: Array<{ at: number; text: string; author: string; handle?: string; permalink?: string; postId?: string }>;
}

const CASES: RealPageCase[] = [
  {
    file: 'defuddle-general--x.com-article-2026-02-13.html',
    url: 'https://x.com/arscontexta/status/2013045749580259680',
    adapter: 'x',
    posts: 1,
    samples: [{ at: 0, text: 'ive spent the last year building an operating system for thinking', author: 'Heinrich', handle: '@arscontexta', permalink: 'https://x.com/arscontexta/status/2013045749580259680' }],
  },
  {
    file: 'metascraper-x-post.html',
    url: 'https://x.com/realDonaldTrump/status/1222907250383245320',
    adapter: 'x',
    posts: 1,
    samples: [{ at: 0, text: 'Schiff blasted for not focusing on California homeless', author: 'Donald J. Trump', handle: '@realDonaldTrump', permalink: 'https://x.com/realDonaldTrump/status/1222907250383245320' }],
  },
  {
    file: 'parser-twitter.com.html',
    url: 'https://twitter.com/KingBeyonceStan/status/745276948213968896',
    adapter: 'x',
    posts: 12,
    samples: [
      { at: 1, text: "Now before you write me off as bias I'm going to start out", author: 'Lina Morgana', handle: '@KingBeyonceStan', permalink: 'https://twitter.com/KingBeyonceStan/status/745276948213968896' },
      { at: 11, text: 'Brandi does not have the range', author: 'Idle', handle: '@PurelyIdle', permalink: 'https://twitter.com/PurelyIdle/status/745857012706189312' },
    ],
  },
  {
    file: 'defuddle-issues--272-x-localized-conversation-timeline.html',
    adapter: 'x',
    posts: 2,
    samples: [{ at: 1, text: 'Reply that should be extracted from the localized timeline.', author: 'Reply User', handle: '@reply_user', permalink: 'https://x.com/reply_user/status/1234567891' }],
  },
  {
    file: 'metascraper-bluesky-post-image.html',
    url: 'https://bsky.app/profile/glendunlap.bsky.social/post/3mdegyw3ves2t',
    adapter: 'bluesky',
    posts: 52,
    samples: [
      { at: 0, text: 'Owliver decided to fly to another branch', author: 'Glen Dunlap', handle: '@glendunlap.bsky.social', permalink: 'https://bsky.app/profile/glendunlap.bsky.social/post/3mdegyw3ves2t' },
      { at: 2, text: "He's a peeping owl!!!", author: 'Liz Lawless', handle: '@lizthelawless.bsky.social', permalink: 'https://bsky.app/profile/lizthelawless.bsky.social/post/3mdeicpyge22l' },
    ],
  },
  {
    file: 'metascraper-bluesky-profile.html',
    url: 'https://bsky.app/profile/stephenking.bsky.social',
    adapter: 'bluesky',
    posts: 28,
    samples: [{ at: 0, text: 'The rightwing response to the murder of Alex Pretti is predictable', author: 'Stephen King', handle: '@stephenking.bsky.social', permalink: 'https://bsky.app/profile/stephenking.bsky.social/post/3mddvy5bv6k27' }],
  },
  {
    file: 'parser-www.reddit.com.html',
    url: 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/',
    adapter: 'reddit',
    posts: 197,
    samples: [
      { at: 1, text: 'Is there a cheaper alternative?', author: 'emptyzombiekilla', handle: 'u/emptyzombiekilla', permalink: 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/comment/ehq4og3/?utm_source=reddit&utm_medium=web2x&context=3' },
    ],
  },
  {
    file: 'defuddle-comments--old.reddit.com-r-test-comments-abc123-test_post.html',
    adapter: 'reddit',
    posts: 6,
    samples: [
      { at: 0, text: 'This is the post body with some content.', author: 'poster_user', handle: 'u/poster_user', permalink: 'https://old.reddit.com/r/test/comments/abc123/test_post/' },
      // A reply nested in its parent is its own post; the parent's text leaves it out.
      { at: 1, text: 'This is a top-level comment with some thoughts on the topic.', author: 'user_alpha', permalink: 'https://old.reddit.com/r/test/comments/abc123/test_post/comment1/' },
      { at: 2, text: 'Great point! I agree with this.', author: 'user_beta', permalink: 'https://old.reddit.com/r/test/comments/abc123/test_post/comment2/' },
    ],
  },
  {
    file: 'defuddle-comments--mastodon.social-@user-12345678.html',
    adapter: 'mastodon',
    posts: 6,
    samples: [
      { at: 0, text: 'This is a sample post about something interesting.', author: 'Alice', handle: '@alice@mastodon.example', permalink: 'https://mastodon.example/@alice/12345678' },
      { at: 2, text: '@alice This is really cool! Great work.', author: 'Bob', handle: '@bob@other.social', permalink: 'https://mastodon.example/@bob@other.social/12345680' },
    ],
  },
  {
    file: 'parser-www.linkedin.com.html',
    url: 'https://www.linkedin.com/pulse/what-set-your-soul-fire-2017-ellyn-shook',
    adapter: 'linkedin',
    posts: 10,
    samples: [
      { at: 1, text: '2017 - the year to focus on people', author: 'Candida Mottershead', postId: 'https://www.linkedin.com/pulse/what-set-your-soul-fire-2017-ellyn-shook#comment-by-candida-mottershead-b05a225' },
    ],
  },
  { file: 'parser-www.youtube.com.html', url: 'https://www.youtube.com/watch?v=oUtHjJEN9hc', adapter: 'youtube', posts: 0, samples: [] },
  {
    file: 'metascraper-tiktok-video.html',
    url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    adapter: 'tiktok',
    posts: 2,
    samples: [{ at: 0, text: 'La nueva locurilla de fin de año', author: '@illojuan', handle: '@illojuan', permalink: 'https://www.tiktok.com/@illojuan/video/7571863205253778710' }],
  },
  { file: 'metascraper-instagram-post-with-photo.html', url: 'https://www.instagram.com/p/CPeC-Eenc8l/', adapter: 'instagram', posts: 0, samples: [] },
  {
    file: 'onebox-discourse_topic.response',
    url: 'https://meta.discourse.org/t/congratulations-most-stars-in-2013-github-octoverse/12483',
    adapter: 'discourse',
    posts: 2,
    samples: [
      { at: 0, text: 'Congratulations Discourse for qualifying Repositories with the most stars', author: 'techAPJ', permalink: 'https://meta.discourse.org/t/congratulations-most-stars-in-2013-github-octoverse/12483/1' },
      { at: 1, text: 'Ah, cool.', author: 'codinghorror', permalink: 'https://meta.discourse.org/t/congratulations-most-stars-in-2013-github-octoverse/12483/2' },
    ],
  },
  {
    file: 'readability-wordpress.html',
    url: 'https://wptavern.com/wordpress-plugin-directory',
    adapter: 'wordpress',
    posts: 13,
    samples: [
      { at: 0, text: 'If there were really no demand', author: 'Sallie Goetsch (rhymes with sketch)', postId: '215101' },
      { at: 1, text: 'One nuance of over saturation', author: 'Rarst', postId: '215114' },
    ],
  },
  {
    file: 'readability-firefox-nightly-blog.html',
    url: 'https://blog.nightly.mozilla.org/2020/12/18/these-weeks-in-firefox-issue-85/',
    adapter: 'wordpress',
    posts: 2,
    samples: [{ at: 0, text: 'Are there plans to provide a “collections” functionality', author: 'Alan Goodale', permalink: 'https://blog.nightly.mozilla.org/2020/12/18/these-weeks-in-firefox-issue-85/#comment-7443' }],
  },
  {
    file: 'readability-002.html',
    url: 'https://hacks.mozilla.org/2015/03/this-api-is-so-fetching/',
    adapter: 'wordpress',
    posts: 2,
    samples: [
      { at: 0, text: 'how do you abort a fetch?', author: 'Alexander Petrov', permalink: 'https://hacks.mozilla.org/2015/03/this-api-is-so-fetching/comment-page-1/#comment-17303' },
      { at: 1, text: 'At this point there is no', author: 'Nikhil Marathe', permalink: 'https://hacks.mozilla.org/2015/03/this-api-is-so-fetching/comment-page-1/#comment-17305' },
    ],
  },
  {
    file: 'readability-blogger.html',
    url: 'https://siliconexposed.blogspot.com/2016/05/open-verilog-flow-for-silego-greenpak4.html',
    adapter: 'blogger',
    posts: 1,
    samples: [{ at: 0, text: "I've written a couple of posts in the past few months", author: 'Andrew Zonenberg', permalink: 'http://siliconexposed.blogspot.tw/2016/05/open-verilog-flow-for-silego-greenpak4.html' }],
  },
  {
    file: 'readability-tumblr.html',
    url: 'https://mcupdate.tumblr.com/post/96439224994/minecraft-18-the-bountiful-update',
    adapter: 'tumblr',
    posts: 1,
    samples: [{ at: 0, text: 'Minecraft 1.8 - The Bountiful Update', author: '', permalink: 'http://mcupdate.tumblr.com/post/96439224994/minecraft-18-the-bountiful-update' }],
  },
  {
    file: 'facebook-scraper-TestGetPosts.test_get_posts.yaml',
    url: 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711',
    adapter: 'facebook',
    posts: 108,
    samples: [
      { at: 1, text: 'A backwards compatible system would be great', author: 'Lynn Williams', permalink: 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711&comment_id=3067300346687731' },
    ],
  },
];

// Without the saved pages the suite is reported as skipped, and its title says why.
describe.skipIf(!HAVE_REAL_PAGES)(HAVE_REAL_PAGES ? 'site adapters on real saved pages' : NO_REAL_PAGES, () => {
  it.each(CASES)('$file: $adapter finds $posts posts', ({ file, url, adapter: id, posts: count, samples }) => {
    const { document, location, window } = loadRealPage(file, url);
    try {
      const adapter = pickAdapter(location, document);
      expect(adapter.id).toBe(id);
      const posts = adapter.listPosts(document);
      expect(posts).toHaveLength(count);
      for (const sample of samples) {
        const post = posts[sample.at]!;
        const text = adapter.readText(post).text.replace(/\s+/g, ' ');
        expect(text).toContain(sample.text);
        const info = adapter.readPost(post);
        expect(info.author).toBe(sample.author);
        if (sample.handle) expect(info.handle).toBe(sample.handle);
        if (sample.permalink) expect(info.permalink).toBe(sample.permalink);
        expect(info.postId).toBe(sample.postId ?? sample.permalink);
      }
    } finally {
      void window.happyDOM.close();
    }
  });
});
