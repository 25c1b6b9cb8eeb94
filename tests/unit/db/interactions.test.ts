import { afterEach, describe, expect, it } from 'vitest';
import { PorteParoleDb } from '@/utils/db/database';
import { recordInteraction } from '@/utils/db/interactions';
import { makeInteraction } from '../fixtures';

let n = 0;
const freshDb = () => new PorteParoleDb(`test-${++n}`);

describe('interactions', () => {
  let db: PorteParoleDb;
  afterEach(async () => {
    await db?.delete();
  });

  it('stores a record once: a re-sent record is a duplicate, not a second row', async () => {
    db = freshDb();
    expect(await recordInteraction(db, makeInteraction(1), 1000)).toBe('stored');
    expect(await recordInteraction(db, makeInteraction(1), 2000)).toBe('duplicate');
    expect(await db.interactions.toArray()).toEqual([{ ...makeInteraction(1), recordedAt: 1000 }]);
  });


  it('keeps both records when two contexts write at once', async () => {
    db = freshDb();
    const other = new PorteParoleDb(db.name);
    await Promise.all([recordInteraction(db, makeInteraction(1)), recordInteraction(other, makeInteraction(2))]);
    other.close();
    expect(await db.interactions.count()).toBe(2);
  });

  it('indexes what the popup filters on', () => {
    db = freshDb();
    const schema = db.tables.find((t) => t.name === 'interactions')!.schema;
    expect(schema.primKey.name).toBe('id');
    expect(schema.indexes.map((i) => i.name)).toEqual(['at', 'action', 'platform', '[action+at]', '[platform+at]']);
  });
});
