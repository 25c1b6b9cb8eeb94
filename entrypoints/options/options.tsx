import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useEffect } from 'preact/hooks';
import { loadPersonal, savePersonal } from '@/utils/config/settings';
import { configItem, personalItem, syncStateItem, teamItem } from '@/utils/config/storage-items';
import type { Config } from '@/utils/config/schema';
import { t } from '@/utils/i18n/t';
import { BrandSettings } from './brand-settings';
import { BuzzSettingsSection } from './buzz-settings';
import { ConfigFile } from './config-file';
import { DataSection } from './data-section';
import { RepliesEditor } from './replies-editor';
import { SiteSelectors } from './site-selectors';
import { SyncStatus } from './sync-status';
import { TeamSource } from './team-source';
import { ToneRules } from './tone-rules';
import { WatchQueries } from './watch-queries';

/** What the page shows: the personal settings, the configuration in force, the team and sync states. */
async function readSettings() {
  const [personal, effective, team, sync] = await Promise.all([
    loadPersonal(),
    configItem.getValue(),
    teamItem.getValue(),
    syncStateItem.getValue(),
  ]);
  return { personal, effective, team, sync };
}
const SETTINGS_KEY = ['settings'] as const;

/**
 * The options page. The manager edits the personal settings; the team's elements and
 * queries are shown read-only beside them, and the configuration in force is their merge.
 */
export function Options() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: readSettings });
  // Another tab, the team sync or sync from another browser may change them while open.
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: SETTINGS_KEY });
    const unwatch = [configItem, personalItem, teamItem, syncStateItem].map((item) => item.watch(refresh));
    return () => unwatch.forEach((stop) => stop());
  }, [client]);

  const data = settings.data;
  if (!data) return <main class="options" />;
  // Saved once written; the page refreshes from the storage watch, without waiting for it.
  const save = async (config: Config) => {
    const personal = await loadPersonal();
    await savePersonal({ config, teamUrl: personal.teamUrl });
  };
  const saveTeamUrl = async (teamUrl: string) => {
    const personal = await loadPersonal();
    await savePersonal({ config: personal.config, teamUrl });
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <SyncStatus state={data.sync} />
      <WatchQueries config={data.personal.config} effective={data.effective} save={save} />
      <RepliesEditor config={data.personal.config} effective={data.effective} team={data.team?.document ?? null} save={save} />
      <BrandSettings config={data.personal.config} save={save} />
      <ToneRules config={data.personal.config} save={save} />
      <BuzzSettingsSection />
      <SiteSelectors />
      <TeamSource url={data.personal.teamUrl} team={data.team} personal={data.personal.config} saveUrl={saveTeamUrl} />
      <ConfigFile config={data.personal.config} save={save} />
      <DataSection />
    </main>
  );
}
