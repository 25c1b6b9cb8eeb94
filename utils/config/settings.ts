import { storage } from 'wxt/utils/storage';
import { mergeConfigs } from './merge';
import type { Config } from './schema';
import { configItem, personalItem, teamItem, type PersonalSettings, type TeamState } from './storage-items';

/** A revision id: who wrote a copy, so a copy coming back from sync is recognised. */
export const newRev = () => `${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;

/**
 * The personal settings. Before the first save they are what this browser had in force
 * (the built-in set on a new install, or the configuration of an earlier version, which
 * was all personal), minus anything that came from the team.
 */
export async function loadPersonal(): Promise<PersonalSettings> {
  const stored = await personalItem.getValue();
  if (stored) return stored;
  const current = await configItem.getValue();
  return {
    config: stripOrigins({
      ...current,
      replies: current.replies.filter((r) => r.origin !== 'team'),
      queries: current.queries.filter((q) => q.origin !== 'team'),
    }),
    teamUrl: '',
    updatedAt: 0,
    rev: '',
  };
}

/**
 * Saves the personal settings and the configuration in force in one write, so an open
 * tab never sees one without the other. `from` is set when the copy came from sync (its
 * own time and revision are kept).
 */
export async function savePersonal(next: Pick<PersonalSettings, 'config' | 'teamUrl'>, from?: Pick<PersonalSettings, 'updatedAt' | 'rev'>): Promise<PersonalSettings> {
  const personal: PersonalSettings = {
    config: stripOrigins(next.config),
    teamUrl: next.teamUrl,
    updatedAt: from?.updatedAt ?? Date.now(),
    rev: from?.rev ?? newRev(),
  };
  const team = await teamItem.getValue();
  await storage.setItems([
    { item: personalItem, value: personal },
    { item: configItem, value: mergeConfigs(personal.config, team?.document ?? null).config },
  ]);
  return personal;
}

/** Saves the team state and the configuration in force in one write. */
export async function saveTeam(team: TeamState): Promise<void> {
  const personal = await loadPersonal();
  await storage.setItems([
    { item: teamItem, value: team },
    { item: configItem, value: mergeConfigs(personal.config, team.document).config },
  ]);
}

/** `origin` is given by the merge, never stored in the personal copy or exported. */
export function stripOrigins(config: Config): Config {
  return {
    ...config,
    replies: config.replies.map(({ origin: _o, ...r }) => r),
    queries: config.queries.map(({ origin: _o, ...q }) => q),
  };
}
