import type { Config } from './schema';

/**
 * What the team source brings: a whole configuration file (JSON), or only approved
 * replies (a spreadsheet published as CSV), in which case the rest stays personal.
 */
export type TeamDocument = Omit<Config, 'brand'> & { brand?: Config['brand'] };

export interface MergeResult {
  config: Config;
  /** Ids the team copy took over from a personal element or query of the same id. */
  conflicts: { replies: string[]; queries: string[] };
}

/**
 * The configuration in force: the team's elements and queries first (read-only, marked
 * `origin: team`), then the personal ones. The same id on both sides is a conflict the
 * team copy wins, and it is reported so the options page can show it. The brand's name
 * and handles come from the team file when it has them; the signature (`{agent}`) stays
 * the manager's own unless they left it empty.
 */
export function mergeConfigs(personal: Config, team: TeamDocument | null): MergeResult {
  const mine = {
    replies: personal.replies.map((r) => ({ ...r, origin: 'personal' as const })),
    queries: personal.queries.map((q) => ({ ...q, origin: 'personal' as const })),
  };
  if (!team) return { config: { ...personal, ...mine }, conflicts: { replies: [], queries: [] } };

  const teamReplyIds = new Set(team.replies.map((r) => r.id));
  const teamQueryIds = new Set(team.queries.map((q) => q.id));
  const config: Config = {
    version: 1,
    brand: {
      name: team.brand?.name ?? personal.brand.name,
      agent: personal.brand.agent || team.brand?.agent || '',
      handles: team.brand?.handles.length ? team.brand.handles : personal.brand.handles,
    },
    queries: [
      ...team.queries.map((q) => ({ ...q, origin: 'team' as const })),
      ...mine.queries.filter((q) => !teamQueryIds.has(q.id)),
    ],
    replies: [
      ...team.replies.map((r) => ({ ...r, origin: 'team' as const })),
      ...mine.replies.filter((r) => !teamReplyIds.has(r.id)),
    ],
    tone: {
      forbidden: [...new Set([...team.tone.forbidden, ...personal.tone.forbidden])],
      ...(team.tone.disabled || personal.tone.disabled
        ? { disabled: [...new Set([...(team.tone.disabled ?? []), ...(personal.tone.disabled ?? [])])] }
        : {}),
    },
    variables: { ...personal.variables, ...team.variables },
  };
  return {
    config,
    conflicts: {
      replies: personal.replies.filter((r) => teamReplyIds.has(r.id)).map((r) => r.id),
      queries: personal.queries.filter((q) => teamQueryIds.has(q.id)).map((q) => q.id),
    },
  };
}
