// The user's settings, kept in `browser.storage.local` under `settings`: their shape, defaults and
// the one function that turns whatever storage holds into a valid, current `Settings`.

import { DEFAULT_THRESHOLD } from './match/threshold';

export interface Settings {
  version: number;
  readingMode: 'automatic' | 'on-click';
  /** Hosts never to read ("example.com" also covers its subdomains). */
  neverRead: string[];
  /** How close a match must be to be shown, 0..1. */
  threshold: number;
  badge: boolean;
  markFigures: boolean;
  /** Keep every article read (on a site not on the never-read list) in the corpus. */
  keepRead: boolean;
  /** The most articles kept automatically; past it the oldest kept go first. */
  keepMaxArticles: number;
  /** The most storage the kept articles may take, in MB. */
  keepMaxMegabytes: number;
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  readingMode: 'on-click',
  neverRead: [],
  threshold: DEFAULT_THRESHOLD,
  badge: true,
  markFigures: false,
  keepRead: false,
  keepMaxArticles: 20_000,
  keepMaxMegabytes: 500,
};

const positiveInt = (v: unknown, fallback: number, max: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.min(max, Math.floor(v)) : fallback;

/** Reads stored settings of any version (or garbage) into current settings, defaulting what is missing or wrong. */
export function migrateSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const threshold =
    typeof r.threshold === 'number' && Number.isFinite(r.threshold) ? r.threshold : DEFAULT_SETTINGS.threshold;
  return {
    version: SETTINGS_VERSION,
    readingMode:
      r.readingMode === 'on-click' || r.readingMode === 'automatic' ? r.readingMode : DEFAULT_SETTINGS.readingMode,
    neverRead: Array.isArray(r.neverRead)
      ? r.neverRead.filter((h): h is string => typeof h === 'string' && h.length > 0)
      : [],
    threshold: Math.min(0.9, Math.max(0.05, threshold)),
    badge: typeof r.badge === 'boolean' ? r.badge : DEFAULT_SETTINGS.badge,
    markFigures: typeof r.markFigures === 'boolean' ? r.markFigures : DEFAULT_SETTINGS.markFigures,
    keepRead: typeof r.keepRead === 'boolean' ? r.keepRead : DEFAULT_SETTINGS.keepRead,
    keepMaxArticles: positiveInt(r.keepMaxArticles, DEFAULT_SETTINGS.keepMaxArticles, 1_000_000),
    keepMaxMegabytes: positiveInt(r.keepMaxMegabytes, DEFAULT_SETTINGS.keepMaxMegabytes, 1_000_000),
  };
}
