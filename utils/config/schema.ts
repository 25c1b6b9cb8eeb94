import * as v from 'valibot';
import { queryError } from '../keywords/query';
import { TEMPLATE_VARIABLES, unknownVariables, VARIABLE_NAME } from '../replies/template';
import { TONE_RULE_IDS } from '../tone/rules/types';
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
  /** Set when team and personal queries are merged; absent = personal. */
  origin: v.optional(v.picklist(['team', 'personal'])),
});

export const REPLY_LANGS = ['fr', 'en'] as const;
export const REPLY_ORIGINS = ['team', 'personal'] as const;

const replyText = nonEmpty(5000);
const platformVariants = v.optional(v.record(v.picklist(PLATFORMS), replyText));

export const ReplySchema = v.pipe(
  v.object({
    id,
    title: nonEmpty(120),
    category: v.picklist(REPLY_CATEGORIES),
    /** The language of `text`; `translations` may hold the same element in the other one. */
    lang: v.picklist(REPLY_LANGS),
    text: replyText,
    /** What fits a platform better (X's 280 characters are not LinkedIn's 1,250). */
    platforms: platformVariants,
    /** The same element in another language, so one element answers French and English posts. */
    translations: v.optional(v.record(v.picklist(REPLY_LANGS), v.object({ text: replyText, platforms: platformVariants }))),
    tags: v.optional(v.array(nonEmpty(40))),
    /** Raised by whoever edits the approved text, so the log says which wording was used. Absent = 1. */
    version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000))),
    /** Set when team and personal elements are merged; absent = personal. */
    origin: v.optional(v.picklist(REPLY_ORIGINS)),
  }),
  v.forward(
    v.check((reply) => reply.translations?.[reply.lang] === undefined, 'must be in the other language than the element'),
    ['translations'],
  ),
);

export const ConfigSchema = v.object({
  version: v.literal(1, 'must be 1'),
  brand: v.object({
    name: nonEmpty(80),
    agent: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(120)), ''),
    handles: v.optional(v.array(nonEmpty(80)), []),
  }),
  queries: v.array(WatchQuerySchema),
  replies: v.array(ReplySchema),
  tone: v.optional(
    v.object({
      forbidden: v.optional(v.array(nonEmpty(200)), []),
      /** Tone rules switched off (see the README); the forbidden list and the length stay on. */
      disabled: v.optional(v.array(v.picklist(TONE_RULE_IDS))),
    }),
    { forbidden: [] },
  ),
  /** Custom reply variables: `{"hotline": "01 23 45 67 89"}` makes `{hotline}` usable. */
  variables: v.optional(
    v.pipe(
      v.record(
        v.pipe(
          v.string(),
          v.regex(VARIABLE_NAME, 'a variable name is lower-case letters, digits and "_"'),
          v.check((name) => !(TEMPLATE_VARIABLES as readonly string[]).includes(name), 'is a built-in variable'),
        ),
        v.pipe(v.string(), v.trim(), v.maxLength(500)),
      ),
      v.check((vars) => Object.keys(vars).length <= 50, 'at most 50 custom variables'),
    ),
  ),
});

export type Config = v.InferOutput<typeof ConfigSchema>;
export type Reply = v.InferOutput<typeof ReplySchema>;
export type WatchQuery = v.InferOutput<typeof WatchQuerySchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates a configuration; the error names the field, e.g. `replies[2].lang: …`. */
export function parseConfig(input: unknown): ParseResult<Config> {
  const result = v.safeParse(ConfigSchema, input);
  if (!result.success) return { ok: false, error: describeIssue(result.issues[0]) };
  const custom = Object.keys(result.output.variables ?? {});
  for (const [index, reply] of result.output.replies.entries()) {
    const error = replyVariablesError(reply, custom);
    if (error) return { ok: false, error: `replies[${index}].${error}` };
  }
  return { ok: true, value: result.output };
}

/** Every text of an element (main, platform variants, translations) with its field path. */
export function replyTexts(reply: Reply): Array<[field: string, text: string]> {
  const texts: Array<[string, string]> = [['text', reply.text]];
  for (const [p, text] of Object.entries(reply.platforms ?? {})) texts.push([`platforms.${p}`, text]);
  for (const [lang, tr] of Object.entries(reply.translations ?? {})) {
    texts.push([`translations.${lang}.text`, tr.text]);
    for (const [p, text] of Object.entries(tr.platforms ?? {})) texts.push([`translations.${lang}.platforms.${p}`, text]);
  }
  return texts;
}

/**
 * A placeholder that is not a known variable would be dropped from the reply: it is an
 * error where the element is written, never a literal `{xyz}` (or a hole) in a reply.
 */
export function replyVariablesError(reply: Reply, custom: readonly string[]): string | null {
  for (const [field, text] of replyTexts(reply)) {
    const unknown = unknownVariables(text, custom);
    if (unknown.length) return `${field}: unknown variable ${unknown.map((n) => `{${n}}`).join(', ')}`;
  }
  return null;
}

export function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'invalid';
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}
