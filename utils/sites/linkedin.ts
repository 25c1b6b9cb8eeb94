import { defineSite } from './define-site';
import { onDomain } from './dom';

/**
 * LinkedIn: both feed layouts live at once (the long-standing `feed-shared-update-v2`
 * layout and the 2025 one keyed by `data-view-name`), comments in either, and the public
 * article pages (Pulse) with their comments.
 */
export const SELECTORS = {
  post: [
    'div.feed-shared-update-v2[data-urn]', // a feed post (classic layout, since 2018)
    'div[data-view-name="feed-full-update"]', // a feed post (2025 layout)
    'article.comments-comment-entity', // a comment (classic, since 2023)
    'article.comments-comment-item', // a comment (classic, until 2023)
    'div[data-view-name="comment-container"]', // a comment (2025 layout)
    'section.comment', // a comment on a public article page (Pulse)
  ],
  text: [
    '.update-components-text', // a post's words (classic)
    '.feed-shared-inline-show-more-text', // its older wrapper
    '[data-view-name="feed-commentary"]', // a post's words (2025)
    '.comments-comment-item__main-content', // a comment's words (classic)
    '[data-view-name="comment-commentary"]', // a comment's words (2025)
    '.comment__message', // Pulse
  ],
  author: [
    '.update-components-actor__title span[aria-hidden="true"]', // classic post
    '.comments-comment-meta__description-title', // classic comment
    '.comments-post-meta__name-text span[aria-hidden="true"]',
    '[data-view-name="feed-actor-name"]', '[data-view-name="comment-actor-name"]', // 2025
    '.comment__actor-name', // Pulse
  ],
  permalink: [
    'a[href*="/feed/update/"]', // the post's own page (a comment has none: its urn is its id)
  ],
  time: ['.update-components-actor__sub-description', 'time', '.comments-comment-meta__data'],
  replyButton: [
    'button.comment-button', // a post's Comment (classic)
    'button[aria-label^="Reply to"]', // a comment's Reply (classic)
    'button[data-view-name="feed-comment-button"]', 'button[data-view-name="comment-reply"]', // 2025
    'button.comments-comment-social-bar__reply-action-button--cr',
  ],
  replyBox: [
    '.comments-comment-box .ql-editor[contenteditable="true"]', // the comment box, Quill (both layouts)
    '.ql-editor[contenteditable="true"]',
    'div[contenteditable="true"][role="textbox"]',
  ],
} as const;

export const linkedinAdapter = defineSite({
  id: 'linkedin',
  platform: 'linkedin',
  maxReplyLength: 1250,
  editor: 'quill',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'linkedin.com'),
  read: {
    // A post's urn is its stable id: urn:li:activity:… → its own page.
    permalink: (post) => {
      const urn = post.getAttribute('data-urn') ?? post.getAttribute('data-id') ?? '';
      return urn.startsWith('urn:li:activity:') ? `https://www.linkedin.com/feed/update/${urn}/` : '';
    },
    // A comment's urn; on a Pulse page, where comments have none, its author's profile on this article.
    id: (post) => {
      const urn = post.getAttribute('data-id') ?? post.closest('[data-urn]')?.getAttribute('data-urn') ?? '';
      if (urn && post.matches('section.comment') === false) return urn;
      const profile = post.querySelector('a.comment__actor-name')?.getAttribute('href')?.split('?')[0];
      return profile ? `${post.ownerDocument.location?.href.split('?')[0]}#comment-by-${profile.replace(/^.*\/in\//, '').replace(/\/$/, '')}` : '';
    },
  },
  // The comment box opens under the post, or under the comment for a reply.
  replyScope: (post) => post.closest('div.feed-shared-update-v2, div[data-view-name="feed-full-update"]') ?? post,
});
