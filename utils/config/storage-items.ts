import { storage } from 'wxt/utils/storage';
import { BUILT_IN_CONFIG } from './built-in';
import type { TeamDocument } from './merge';
import type { Config } from './schema';

/**
 * The configuration in force: the personal settings merged with the team's copy. Written
 * only after `parseConfig` accepted both, so readers (content scripts, the helper) can
 * trust its shape; a fresh install reads the built-in one.
 */
export const configItem = storage.defineItem<Config>('local:config', {
  fallback: BUILT_IN_CONFIG,
  version: 1,
});

/**
 * The manager's own settings, complete, in this browser. `storage.sync` carries a copy to
 * their other browsers when it fits its quotas; this copy never depends on that.
 * `updatedAt` and `rev` tell which of two copies is newer and whether a copy is ours.
 */
export interface PersonalSettings {
  config: Config;
  /** The team source the lead publishes (empty: none). */
  teamUrl: string;
  updatedAt: number;
  rev: string;
}
/** Null until the manager first saves (then the built-in or older `config` is the start). */
export const personalItem = storage.defineItem<PersonalSettings | null>('local:personal', { fallback: null });

/** The team source: the last good document (kept when a fetch fails) and what happened. */
export interface TeamState {
  url: string;
  /** The last document that fetched and validated; it stays in force until a better one comes. */
  document: TeamDocument | null;
  etag?: string;
  lastModified?: string;
  lastSuccessAt?: number;
  lastAttemptAt?: number;
  /** The last attempt's error; absent when it succeeded. */
  lastError?: string;
}
export const teamItem = storage.defineItem<TeamState | null>('local:team', { fallback: null });

/** Whether the personal settings reached `storage.sync`, for the options page. */
export interface SyncState {
  status: 'synced' | 'pending' | 'too-big' | 'error';
  /** Bytes the settings take in sync storage, and the quota, when they did not fit. */
  bytes?: number;
  quota?: number;
  error?: string;
  at: number;
}
export const syncStateItem = storage.defineItem<SyncState | null>('local:syncState', { fallback: null });

/** Whether the log keeps a short excerpt of each post (on by default) or no post text at all. */
export const privacyItem = storage.defineItem<{ storePostText: boolean }>('local:privacy', { fallback: { storePostText: true } });

/** Set when the browser refused a write for lack of space (the records wait in the outbox). */
export const storageFullItem = storage.defineItem<{ at: number } | null>('local:storageFull', { fallback: null });
