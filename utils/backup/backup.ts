import * as v from 'valibot';
import { parseConfig, describeIssue, type ParseResult } from '../config/schema';
import type { PersonalSettings } from '../config/storage-items';
import type { InteractionRow, MentionRow, PorteParoleDb } from '../db/database';
import { InteractionSchema, MentionSchema } from '../messages';

/**
 * One file with everything: the personal settings and the whole log (interactions and
 * mentions). A restore validates the whole file first and replaces the data in one
 * transaction, so a damaged file changes nothing.
 */
export const BACKUP_FORMAT = 'porte-parole-backup';

const InteractionRowSchema = v.object({
  ...InteractionSchema.entries,
  recordedAt: v.pipe(v.number(), v.minValue(0)),
  responseMs: v.optional(v.pipe(v.number(), v.minValue(0))),
});
const { id: _id, at: _at, ...mentionEntries } = MentionSchema.entries;
const MentionRowSchema = v.object({
  ...mentionEntries,
  key: v.pipe(v.string(), v.maxLength(2200)),
  firstSeen: v.pipe(v.number(), v.minValue(0)),
  lastSeen: v.pipe(v.number(), v.minValue(0)),
  urgency: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  handled: v.picklist([0, 1]),
  handledAt: v.optional(v.pipe(v.number(), v.minValue(0))),
  handledAction: v.optional(InteractionSchema.entries.action),
});
const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`),
  version: v.literal(1, 'must be 1'),
  createdAt: v.number(),
  personal: v.object({ config: v.unknown(), teamUrl: v.string(), updatedAt: v.number(), rev: v.string() }),
  interactions: v.array(InteractionRowSchema),
  mentions: v.array(MentionRowSchema),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: number;
  personal: PersonalSettings;
  interactions: InteractionRow[];
  mentions: MentionRow[];
}

export async function makeBackup(db: PorteParoleDb, personal: PersonalSettings, now = Date.now()): Promise<Backup> {
  const [interactions, mentions] = await Promise.all([db.interactions.toArray(), db.mentions.toArray()]);
  return { format: BACKUP_FORMAT, version: 1, createdAt: now, personal, interactions, mentions };
}

/** The whole file checked: the first problem found is named (`interactions[12].action: …`). */
export function parseBackup(input: unknown): ParseResult<Backup> {
  const result = v.safeParse(BackupSchema, input);
  if (!result.success) return { ok: false, error: describeIssue(result.issues[0]) };
  const config = parseConfig(result.output.personal.config);
  if (!config.ok) return { ok: false, error: `personal.config.${config.error}` };
  const ids = new Set<string>();
  for (const [i, row] of result.output.interactions.entries()) {
    if (ids.has(row.id)) return { ok: false, error: `interactions[${i}].id: appears twice` };
    ids.add(row.id);
  }
  return { ok: true, value: { ...result.output, personal: { ...result.output.personal, config: config.value } } as Backup };
}

/** Replaces the log with the backup's, in one transaction (all or nothing). */
export async function restoreLog(db: PorteParoleDb, backup: Backup): Promise<void> {
  await db.transaction('rw', db.interactions, db.mentions, async () => {
    await db.interactions.clear();
    await db.mentions.clear();
    await db.interactions.bulkAdd(backup.interactions);
    await db.mentions.bulkAdd(backup.mentions);
  });
}

/** Deletes what is older than `months` months (0: keep everything); returns how many rows went. */
export async function purgeOlderThan(db: PorteParoleDb, months: number, now = new Date()): Promise<number> {
  if (months <= 0) return 0;
  const cutoff = new Date(now.getFullYear(), now.getMonth() - months, now.getDate()).getTime();
  return db.transaction('rw', db.interactions, db.mentions, async () => {
    const interactions = await db.interactions.where('at').below(cutoff).delete();
    const mentions = await db.mentions.filter((m) => m.lastSeen < cutoff).delete();
    return interactions + mentions;
  });
}
