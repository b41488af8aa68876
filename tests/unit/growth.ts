// How a function's cost grows with its input, measured so that a busy machine cannot fail a test
// and a quadratic cost cannot pass one.
//
// - CPU time of this process (process.cpuUsage), not the wall clock: other processes' work does not count.
// - A large input FACTOR (16) times the small one: linear work costs 16× in theory, quadratic 256×.
//   In practice linear code measures up to ~75× here: the larger input's garbage outlives more
//   young-generation collections and no longer fits the processor's caches (parseImport, tokenize and
//   extractSources were timed from 500 to 1,000,000 units of their traps: each step of 4× costs 4–5×
//   once past the caches, 6–13× while crossing them). The limit, 16^1.75 = 128×, sits above that and
//   still half way in the exponent from n^1.5 to n²: a quadratic cost that dominates the small input
//   lands near 256×.
// - Each size is timed over enough calls to take several milliseconds, sizes interleaved, and the
//   ratio is the median of several rounds: one stalled round (garbage collection, a preempted core)
//   moves no median.
// - A ratio over the limit is measured again, up to three times; a real quadratic cost stays over it
//   every time, a disturbance does not.
//
// No threshold here is a time: only a ratio of two times taken in the same run.

/** How many times larger the large input is than the small one. */
export const FACTOR = 16;
/** The largest ratio of costs counted as linear (see above). */
export const LIMIT = FACTOR ** 1.75;

/** CPU milliseconds `fn` takes. */
export function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Growth {
  /** Median CPU ms of one call on the small and on the large input. */
  small: number;
  large: number;
  /** large / small. */
  ratio: number;
  /** Calls per timing of the small input (the large one gets a sixteenth as many, at least one). */
  calls: number;
}

/**
 * How much more `run` costs on `large` than on `small` (which should be FACTOR times smaller), per
 * call. `minMs` is the CPU time each timing of the small input should reach; `rounds` the rounds
 * whose median counts.
 */
export function measureGrowth<T>(
  run: (input: T) => unknown,
  small: T,
  large: T,
  { minMs = 4, rounds = 3 } = {},
): Growth {
  run(small); // warm up the JIT and the regular expressions
  const once = Math.max(
    cpuMs(() => run(small)),
    0.02,
  );
  const calls = Math.min(400, Math.max(1, Math.ceil(minMs / once)));
  const largeCalls = Math.max(1, Math.round(calls / FACTOR));
  const timed = (input: T, n: number) =>
    cpuMs(() => {
      for (let i = 0; i < n; i++) run(input);
    }) / n;
  const smalls: number[] = [];
  const larges: number[] = [];
  for (let r = 0; r < rounds; r++) {
    smalls.push(timed(small, calls));
    larges.push(timed(large, largeCalls));
  }
  // The clock counts in microseconds at best: a floor keeps a near-zero small time from inflating the ratio.
  const s = Math.max(median(smalls), 0.001);
  const l = median(larges);
  return { small: s, large: l, ratio: l / s, calls };
}

/**
 * The growth of `run` from `small` to `large`, measured again (up to `retries` times) while it is
 * over LIMIT; the least ratio found. A cost that really grows faster than linear stays over the
 * limit in every measurement.
 */
export function growth<T>(
  run: (input: T) => unknown,
  small: T,
  large: T,
  options: { minMs?: number; rounds?: number; retries?: number } = {},
): Growth {
  let best = measureGrowth(run, small, large, options);
  for (let i = 0; i < (options.retries ?? 3) && best.ratio > LIMIT; i++) {
    const again = measureGrowth(run, small, large, options);
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}

/** "12.3× (0.41 → 5.0 ms per call)", for a failure message. */
export function describeGrowth(g: Growth): string {
  return `${g.ratio.toFixed(1)}× (${g.small.toFixed(3)} → ${g.large.toFixed(3)} ms per call)`;
}
