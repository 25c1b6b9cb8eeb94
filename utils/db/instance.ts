import { PorteParoleDb } from './database';

let db: PorteParoleDb | undefined;

/** The database of this context, opened on first use (never at import time). */
export function getDb(): PorteParoleDb {
  db ??= new PorteParoleDb();
  return db;
}
