import { loadPersonal, saveTeam } from '../config/settings';
import { teamItem, type TeamState } from '../config/storage-items';
import { parseTeamDocument } from './team-document';
import { checkTeamUrl, fetchTeamSource } from './team-fetch';

export interface TeamSyncDeps {
  /** Whether the extension may fetch from this origin (the host permission asked at run time). */
  hasPermission: (origin: string) => Promise<boolean>;
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * One sync of the team source: fetch (conditional, with a timeout and a size cap),
 * validate the whole document, and only then put it in force. Any failure keeps the last
 * good copy and records the error and the time, for `team-sync-status`.
 */
export async function syncTeamSource(deps: TeamSyncDeps): Promise<TeamState | null> {
  const now = deps.now ?? Date.now;
  const { teamUrl } = await loadPersonal();
  const previous = await teamItem.getValue();
  if (!teamUrl) {
    // The manager removed the team source: its elements leave with it.
    if (previous) await saveTeam({ url: '', document: null });
    return null;
  }
  // Validators belong to the URL they came from.
  const sameUrl = previous?.url === teamUrl;
  const base: TeamState = {
    url: teamUrl,
    document: previous?.document ?? null,
    ...(sameUrl ? { etag: previous.etag, lastModified: previous.lastModified, lastSuccessAt: previous.lastSuccessAt } : {}),
    lastAttemptAt: now(),
  };
  const failed = async (error: string) => {
    const state = { ...base, lastError: error };
    await saveTeam(state);
    return state;
  };

  const checked = checkTeamUrl(teamUrl);
  if (!checked.ok) return failed(checked.error);
  if (!(await deps.hasPermission(checked.url.origin))) {
    return failed(`no permission to read ${checked.url.origin}: press “Sync now” to allow it`);
  }
  const validators = sameUrl && base.document ? { etag: base.etag, lastModified: base.lastModified } : {};
  const result = await fetchTeamSource(checked.url.href, validators, { fetch: deps.fetch });
  if (result.status === 'error') return failed(result.error);
  if (result.status === 'unchanged') {
    const state = { ...base, lastSuccessAt: now() };
    await saveTeam(state);
    return state;
  }
  const parsed = parseTeamDocument(result.body, result.contentType);
  if (!parsed.ok) return failed(`the team file was refused: ${parsed.error}`);
  const state: TeamState = {
    url: teamUrl,
    document: parsed.value,
    etag: result.etag,
    lastModified: result.lastModified,
    lastSuccessAt: now(),
    lastAttemptAt: base.lastAttemptAt,
  };
  await saveTeam(state);
  return state;
}
