import * as v from 'valibot';
import { loadPersonal, savePersonal } from '../config/settings';
import { parseConfig } from '../config/schema';
import { personalItem, syncStateItem } from '../config/storage-items';
import { readChunked, writeChunked, type SyncArea } from './chunked-store';

/** Keys of the personal settings in `storage.sync`: `pp.meta`, `pp.0`, `pp.1`… */
export const SYNC_PREFIX = 'pp.';

const Envelope = v.object({
  config: v.unknown(),
  teamUrl: v.string(),
  updatedAt: v.number(),
  rev: v.string(),
});

/**
 * Pushes the personal settings to `storage.sync` (chunked, within its quotas). When they
 * do not fit, nothing is written there and the state says so: the complete copy stays in
 * `storage.local`, and the other browsers keep the last copy that fitted.
 */
export async function pushPersonal(area: SyncArea, now = Date.now): Promise<void> {
  const personal = await personalItem.getValue();
  if (!personal) return;
  const remote = await readChunked(area, SYNC_PREFIX);
  if (remote.status === 'error') {
    // Unreadable, or written by a newer version of Porte-Parole: not ours to overwrite.
    await syncStateItem.setValue({ status: 'error', error: remote.error, at: now() });
    return;
  }
  if (remote.status === 'ok' && remote.rev === personal.rev) {
    await syncStateItem.setValue({ status: 'synced', at: now() });
    return;
  }
  const result = await writeChunked(area, SYNC_PREFIX, personal, personal.rev);
  if (result.ok) await syncStateItem.setValue({ status: 'synced', at: now() });
  else if (result.reason === 'too-big') await syncStateItem.setValue({ status: 'too-big', bytes: result.bytes, quota: result.quota, at: now() });
  else await syncStateItem.setValue({ status: 'error', error: result.error, at: now() });
}

/**
 * Takes the copy another browser put in `storage.sync` when it is newer than ours and
 * valid as a whole; a partial arrival (sync delivers items one by one) waits for the rest.
 * Returns what happened, for the tests and the log.
 */
export async function pullPersonal(area: SyncArea): Promise<'taken' | 'ours' | 'absent' | 'incomplete' | 'error' | 'invalid'> {
  const remote = await readChunked(area, SYNC_PREFIX);
  if (remote.status !== 'ok') return remote.status;
  const envelope = v.safeParse(Envelope, remote.value);
  if (!envelope.success) return 'invalid';
  const config = parseConfig(envelope.output.config);
  if (!config.ok) return 'invalid';
  const local = await loadPersonal();
  if (envelope.output.rev === local.rev || envelope.output.updatedAt <= local.updatedAt) return 'ours';
  await savePersonal({ config: config.value, teamUrl: envelope.output.teamUrl }, envelope.output);
  return 'taken';
}
