// The processor time of one Chromium launched by the benchmark, per process kind, read from Linux's
// /proc (null elsewhere): the browser's own process, where IndexedDB writes; the extension's
// renderer, where its service worker (and any page of it) runs; the rest (GPU, network, utilities).
// What a step costs the whole browser, not only the thread that times it: on a 2-core machine an
// import that keeps both busy cannot go faster by moving work from one thread to another.
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessCpu {
  browser: number;
  extension: number;
  other: number;
}

/** Milliseconds of processor time used so far by the browser started with `userDataDir` and its children. */
export function processCpu(userDataDir: string | undefined): ProcessCpu | null {
  if (!userDataDir || process.platform !== 'linux') return null;
  const procs = new Map<number, { parent: number; cmd: string; ms: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command's name in parentheses: state, parent, …, utime (14th), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      procs.set(Number(entry), { parent: Number(fields[1]), cmd, ms: ticks * 10 });
    } catch {
      // a process that ended while being read
    }
  }
  const root = [...procs].find(
    ([, p]) => !p.cmd.includes('--type=') && p.cmd.includes(`--user-data-dir=${userDataDir}`),
  );
  if (!root) return null;
  const out: ProcessCpu = { browser: root[1].ms, extension: 0, other: 0 };
  const ours = (pid: number): boolean => {
    for (let p = procs.get(pid), hops = 0; p && hops < 8; p = procs.get(p.parent), hops++)
      if (p.parent === root[0]) return true;
    return false;
  };
  for (const [pid, p] of procs) {
    if (pid === root[0] || !ours(pid)) continue;
    if (p.cmd.includes('--type=renderer') && p.cmd.includes('--extension-process')) out.extension += p.ms;
    else out.other += p.ms;
  }
  return out;
}

/** The time used between two readings, per process kind. */
export function cpuBetween(before: ProcessCpu | null, after: ProcessCpu | null): ProcessCpu | null {
  if (!before || !after) return null;
  return {
    browser: after.browser - before.browser,
    extension: after.extension - before.extension,
    other: after.other - before.other,
  };
}
