// The merges large imports leave behind, run after them instead of inside them. An import adds a
// record to nearly every term it has; once a term has too many (`isCrowded`), a match reads each
// with a seek of its own, so its small records are merged (`mergeCrowdedTerms`). Inside the import,
// the merge held the user's import up for as long as it ran (10–16 s onto 100,000 to 300,000
// articles), so it was put off until terms had sixteen spare records. Here an import returns as
// soon as it has landed and hands its crowded terms over; they are merged while no import runs,
// MERGE_TERMS a transaction, each transaction leaving the index whole. A page read meanwhile waits
// for the transaction under way, so transactions are kept short. A merge cut off (the
// worker stopped, the disk full) loses nothing: its terms are merged when an import finds them
// crowded again.
import type { Db } from '../store/db';
import { mergeCrowdedTerms, MERGE_TERMS } from './index-articles';

export interface MergeQueueOptions {
  /** Terms a transaction. */
  per?: number;
  /** Runs the merging, which no message drives, with the worker kept running until it ends. */
  keepAwake?: <T>(work: () => Promise<T>) => Promise<T>;
}

export class MergeQueue {
  /** Terms handed over and not merged yet. */
  private readonly pending = new Set<string>();
  private running: Promise<void> | null = null;
  /** Imports under way: merging waits until there are none. */
  private imports = 0;
  private resume: (() => void) | null = null;
  /** Terms merged since the queue was made, and the milliseconds spent merging. */
  merged = 0;
  busyMs = 0;

  constructor(
    private readonly db: () => Promise<Db>,
    private readonly options: MergeQueueOptions = {},
  ) {}

  /** Runs an import: merging pauses (after its transaction under way) until every import has ended. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    this.imports++;
    try {
      return await work();
    } finally {
      this.imports--;
      if (this.imports === 0) {
        this.resume?.();
        this.resume = null;
      }
    }
  }

  /** Hands over terms to merge: merging starts now, or goes on with them. */
  add(terms: readonly string[]): void {
    for (const term of terms) this.pending.add(term);
    if (this.pending.size === 0 || this.running) return;
    const drain = () => this.drain();
    this.running = (this.options.keepAwake ? this.options.keepAwake(drain) : drain()).finally(() => {
      this.running = null;
    });
  }

  /** Resolves once nothing is left to merge and no merge is under way. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    const per = this.options.per ?? MERGE_TERMS;
    while (this.pending.size > 0) {
      // In term order, so that the terms of a shared record fall in one transaction.
      const terms = [...this.pending].sort();
      this.pending.clear();
      for (let i = 0; i < terms.length; i += per) {
        if (this.imports > 0) await new Promise<void>((resolve) => (this.resume = resolve));
        const t0 = performance.now();
        try {
          this.merged += await mergeCrowdedTerms(await this.db(), terms.slice(i, i + per), per);
        } catch {
          // Left crowded: the next import that finds them so hands them over again.
        }
        this.busyMs += performance.now() - t0;
      }
    }
  }
}
