import type { Platform } from '../config/platforms';
import type { Config, Reply } from '../config/schema';
import { fillTemplate } from './template';

export interface MentionContext {
  platform: Platform;
  author: string;
  /** Labels of the watch queries the post matched, for `{product}`. */
  matchedLabels: string[];
  now?: Date;
}

export interface Suggestion {
  reply: Reply;
  text: string;
}

/**
 * The approved replies ready for one mention: the platform's variant when there is one,
 * variables filled. Ranking by the mention's language and triage arrives with issues 4–5.
 */
export function suggestReplies(config: Config, mention: MentionContext): Suggestion[] {
  const date = (mention.now ?? new Date()).toLocaleDateString();
  const values = {
    author: mention.author,
    brand: config.brand.name,
    agent: config.brand.agent,
    product: mention.matchedLabels[0] ?? config.brand.name,
    date,
  };
  return config.replies.map((reply) => ({
    reply,
    text: fillTemplate(reply.platforms?.[mention.platform] ?? reply.text, values),
  }));
}
