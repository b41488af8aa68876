// Whether the corpus can still be written: a write refused because storage is full, and a bundled
// corpus update that failed and waits to be tried again. The background keeps this state (in
// session storage, which lives in memory and so still works on a full disk); the options page and
// the popup show it beside the counts, so the user knows what to do and that nothing was lost.

export const STORAGE_FULL_MESSAGE = 'Storage is full: delete articles or free disk space';

/** The state the background keeps; the empty state is "nothing wrong". */
export interface CorpusHealth {
  /** When a write last failed because storage was full; a later write that succeeds clears it. */
  fullSince: number | null;
  /** The bundled corpus update that failed: how often, why, and when it is tried again. */
  update: { attempts: number; error: string; failedAt: number; retryAt: number } | null;
}

/** What the popup and the options page show: the problem, with the corpus's counts. */
export interface CorpusProblem {
  storageFull: boolean;
  message: string;
  /** When the failed bundled corpus update is tried again (ms since the epoch), if one failed. */
  retryAt: number | null;
}

export const HEALTHY: CorpusHealth = { fullSince: null, update: null };

/**
 * Whether a failed write failed for lack of room. Browsers name it `QuotaExceededError` (Chromium
 * also when the disk itself is full); the transaction's error says so when its requests only got
 * a bare `AbortError`, which is why callers pass the transaction's error first.
 */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

const MINUTE = 60_000;
/** The first retry after a minute, then each wait doubled, up to six hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(6 * 60 * MINUTE, MINUTE * 2 ** Math.max(0, attempts - 1));
}

/** The health after a bundled corpus update failed with `error` at `now`. */
export function updateFailed(health: CorpusHealth, error: unknown, now: number): CorpusHealth {
  const attempts = (health.update?.attempts ?? 0) + 1;
  const text = (error as Error | null)?.message || (error as { name?: string } | null)?.name || String(error);
  return {
    fullSince: isQuotaError(error) ? (health.fullSince ?? now) : health.fullSince,
    update: { attempts, error: text, failedAt: now, retryAt: now + retryDelayMs(attempts) },
  };
}

/** The health after a write of the corpus: one that succeeded clears "full"; the update's own success clears it too. */
export function wrote(health: CorpusHealth, outcome: { error?: unknown; update?: boolean }, now: number): CorpusHealth {
  if (outcome.error !== undefined)
    return isQuotaError(outcome.error) ? { ...health, fullSince: health.fullSince ?? now } : health;
  return { fullSince: null, update: outcome.update ? null : health.update };
}

/** The sentence to show, or null when all is well. */
export function corpusProblem(health: CorpusHealth): CorpusProblem | null {
  if (!health.fullSince && !health.update) return null;
  const storageFull = health.fullSince !== null;
  const parts = storageFull ? [`${STORAGE_FULL_MESSAGE}.`] : [];
  if (health.update) {
    parts.push(
      storageFull
        ? 'The bundled articles of this version could not be written; the ones you had are kept, and the update will be tried again.'
        : `The bundled articles of this version could not be written (${health.update.error}); the ones you had are kept, and the update will be tried again.`,
    );
  }
  return { storageFull, message: parts.join(' '), retryAt: health.update?.retryAt ?? null };
}
