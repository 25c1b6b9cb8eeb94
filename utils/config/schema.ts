import * as v from 'valibot';
import { queryError } from '../keywords/query';
import { PLATFORMS } from './platforms';

/**
 * The configuration file, `version: 1` (documented in the README). Objects are parsed
 * with `v.object`, which drops unknown keys, so a file from a newer version loses only
 * what this version does not know.
 */
export const REPLY_CATEGORIES = [
  'question', 'complaint', 'praise', 'crisis', 'troll', 'thanks', 'move-to-private', 'escalation',
] as const;

const nonEmpty = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));

const id = v.pipe(nonEmpty(64), v.regex(/^[\w.-]+$/, 'use letters, digits, ".", "_" or "-"'));

export const WatchQuerySchema = v.object({
  id,
  label: nonEmpty(80),
  color: v.optional(v.pipe(v.string(), v.hexColor('must be a colour like #d9480f')), '#d9480f'),
  query: v.pipe(
    nonEmpty(1000),
    // A query that does not parse is refused here too, so an imported file cannot bring one in.
    v.rawCheck(({ dataset, addIssue }) => {
      const error = dataset.typed ? queryError(dataset.value) : null;
      if (error) addIssue({ message: error.message });
    }),
  ),
});

export const ReplySchema = v.object({
  id,
  title: nonEmpty(120),
  category: v.picklist(REPLY_CATEGORIES),
  lang: v.picklist(['fr', 'en']),
  text: nonEmpty(5000),
  platforms: v.optional(v.record(v.picklist(PLATFORMS), nonEmpty(5000))),
  tags: v.optional(v.array(nonEmpty(40))),
});

export const ConfigSchema = v.object({
  version: v.literal(1, 'must be 1'),
  brand: v.object({
    name: nonEmpty(80),
    agent: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(120)), ''),
    handles: v.optional(v.array(nonEmpty(80)), []),
  }),
  queries: v.array(WatchQuerySchema),
  replies: v.array(ReplySchema),
  tone: v.optional(v.object({ forbidden: v.optional(v.array(nonEmpty(200)), []) }), {
    forbidden: [],
  }),
});

export type Config = v.InferOutput<typeof ConfigSchema>;
export type Reply = v.InferOutput<typeof ReplySchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates a configuration; the error names the field, e.g. `replies[2].lang: …`. */
export function parseConfig(input: unknown): ParseResult<Config> {
  const result = v.safeParse(ConfigSchema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, error: describeIssue(result.issues[0]) };
}

export function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'invalid';
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}
