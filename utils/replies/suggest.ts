import type { Platform } from '../config/platforms';
import type { Config, Reply } from '../config/schema';
import { rankReplies, speaks, type RankContext } from './rank';
import { fillTemplate } from './template';

export interface MentionContext extends Omit<RankContext, 'matched'> {
  author: string;
  /** Ids of the watch queries the post matched. */
  matchedIds: string[];
  now?: Date;
}

export interface Suggestion {
  reply: Reply;
  /** The language the text is in (the post's when the element has it). */
  lang: 'fr' | 'en';
  /** The approved text, variables filled: what drift is measured against. */
  text: string;
}

/** The element's template for this language and platform: translation, then platform variant. */
export function templateFor(reply: Reply, lang: 'fr' | 'en' | undefined, platform: Platform): { lang: 'fr' | 'en'; template: string } {
  const translation = lang && lang !== reply.lang ? reply.translations?.[lang] : undefined;
  if (translation) return { lang: lang!, template: translation.platforms?.[platform] ?? translation.text };
  return { lang: reply.lang, template: reply.platforms?.[platform] ?? reply.text };
}

/**
 * Every approved element ready for one mention, best first: the variant for the post's
 * language and platform, the variables filled (built-in and custom; page values as
 * plain text), ranked by language, triage, tags and platform.
 */
export function suggestReplies(config: Config, mention: MentionContext): Suggestion[] {
  const labels = mention.matchedIds.map((id) => config.queries.find((q) => q.id === id)?.label ?? id);
  const values = {
    ...config.variables,
    author: mention.author,
    brand: config.brand.name,
    agent: config.brand.agent,
    product: labels[0] ?? config.brand.name,
    date: (mention.now ?? new Date()).toLocaleDateString(mention.lang),
  };
  const suggestions = config.replies.map((reply) => {
    const lang = mention.lang && speaks(reply, mention.lang) ? mention.lang : reply.lang;
    const { template } = templateFor(reply, lang, mention.platform);
    return { reply, lang, text: fillTemplate(template, values) };
  });
  return rankReplies(suggestions, { ...mention, matched: [...mention.matchedIds, ...labels] });
}
