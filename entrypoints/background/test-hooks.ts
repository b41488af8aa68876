// Hooks for the end-to-end tests and the benchmark, exposed on the service worker's global scope in
// the e2e build only (never in a release build): the engine's own functions, called as the
// extension calls them.
import { getDb } from './db';
import { ensureCorpus } from './corpus';

export function exposeTestHooks(): void {
  (globalThis as unknown as { readingContext: unknown }).readingContext = { getDb, ensureCorpus };
}
