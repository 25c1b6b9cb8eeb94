import { tidy, waitFor } from './dom';
import type { SiteAdapter } from './types';

export interface ReplyByText {
  /** The elements that may be the control (`[role="button"]`, `button`). */
  control: string;
  /** The control's whole text, in the languages the site is used in. */
  words: RegExp;
  /** The post's reply box once the control was clicked, or null while it is not there yet. */
  box(post: Element): HTMLElement | null;
  waitMs?: number;
}

/**
 * For a site whose Reply control has nothing but its words to tell it from the post's other
 * controls (Facebook's and Instagram's comment "Reply": no aria-label, no test id), which
 * CSS cannot select. The adapter's own way is tried first (a box already there, a control
 * its selectors find); then the post's own control whose text is one of `words` is clicked
 * and the box waited for, then focused, as the site does.
 */
export function withReplyByText(adapter: SiteAdapter, reply: ReplyByText): SiteAdapter {
  return {
    ...adapter,
    async openReplyBox(post) {
      const box = await adapter.openReplyBox(post);
      if (box) return box;
      const control = [...post.querySelectorAll<HTMLElement>(reply.control)].find(
        (el) => adapter.postOf(el) === post && reply.words.test(tidy(el.textContent ?? '')),
      );
      if (!control) return null;
      control.click();
      const opened = await waitFor(() => reply.box(post), reply.waitMs ?? 3000);
      opened?.focus();
      return opened;
    },
  };
}
