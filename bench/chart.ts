// The cost curve as an SVG written beside the report: match p50 and p95, import rate, storage and
// worker memory against corpus size (both axes logarithmic), ours beside FlexSearch and MiniSearch.
// Plain SVG text, so the benchmark needs no plotting library.
import type { BenchRun, SizeResult } from './report';

interface Series {
  name: string;
  colour: string;
  dash?: string;
  points: Array<[number, number]>;
}

interface Panel {
  title: string;
  unit: string;
  series: Series[];
}

const OURS = '#1f6feb';
const FLEX = '#d1242f';
const MINI = '#8250df';
const W = 360;
const H = 240;
const PAD = { left: 58, right: 12, top: 28, bottom: 36 };

const pts = (sizes: SizeResult[], value: (s: SizeResult) => number | null | undefined): Array<[number, number]> =>
  sizes.flatMap((s) => {
    const v = value(s);
    return v !== null && v !== undefined && Number.isFinite(v) && v > 0 ? [[s.n, v] as [number, number]] : [];
  });

function panels(run: BenchRun): Panel[] {
  const s = [...run.sizes].sort((a, b) => a.n - b.n);
  const rate = (n: number, msTaken: number) => (n / msTaken) * 1000;
  return [
    {
      title: 'warm match (ms)',
      unit: 'ms',
      series: [
        { name: 'ours p50', colour: OURS, points: pts(s, (x) => x.warm.worker.p50) },
        { name: 'ours p95', colour: OURS, dash: '4 3', points: pts(s, (x) => x.warm.worker.p95) },
        { name: 'FlexSearch p50', colour: FLEX, points: pts(s, (x) => x.flex?.warm.p50) },
        { name: 'FlexSearch p95', colour: FLEX, dash: '4 3', points: pts(s, (x) => x.flex?.warm.p95) },
        { name: 'MiniSearch p50', colour: MINI, points: pts(s, (x) => x.mini?.warm.p50) },
        { name: 'MiniSearch p95', colour: MINI, dash: '4 3', points: pts(s, (x) => x.mini?.warm.p95) },
      ],
    },
    {
      title: 'import (articles/s)',
      unit: '/s',
      series: [
        { name: 'ours (stored + indexed)', colour: OURS, points: pts(s, (x) => rate(x.n, x.import.workerMs)) },
        {
          name: 'FlexSearch (committed)',
          colour: FLEX,
          points: pts(s, (x) => (x.flex ? rate(x.flex.docs, x.flex.indexMs) : null)),
        },
        {
          name: 'MiniSearch (in memory)',
          colour: MINI,
          points: pts(s, (x) => (x.mini ? rate(x.mini.docs, x.mini.indexMs) : null)),
        },
      ],
    },
    {
      title: 'storage (MB)',
      unit: 'MB',
      series: [
        { name: 'ours (articles + index)', colour: OURS, points: pts(s, (x) => (x.usage ?? 0) / 1e6) },
        { name: 'FlexSearch (index)', colour: FLEX, points: pts(s, (x) => (x.flex?.usage ?? 0) / 1e6) },
        { name: 'MiniSearch (JSON)', colour: MINI, points: pts(s, (x) => (x.mini ? x.mini.jsonChars / 1e6 : null)) },
      ],
    },
    {
      title: 'worker heap (MB)',
      unit: 'MB',
      series: [
        { name: 'ours', colour: OURS, points: pts(s, (x) => (x.heap.afterCold ?? 0) / 1e6) },
        { name: 'FlexSearch', colour: FLEX, points: pts(s, (x) => (x.flex?.heap.cold ?? 0) / 1e6) },
        {
          name: 'MiniSearch (+index)',
          colour: MINI,
          points: pts(s, (x) => (x.mini ? (x.mini.heap ?? 0) / 1e6 : null)),
        },
      ],
    },
  ];
}

const fmt = (v: number) => (v >= 1000 ? `${+(v / 1000).toPrecision(3)}k` : `${+v.toPrecision(3)}`);
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function panelSvg(p: Panel, x0: number, y0: number): string {
  const all = p.series.flatMap((s) => s.points);
  if (all.length === 0) return '';
  const lx = (v: number) => Math.log10(v);
  let [nMin, nMax] = [Math.min(...all.map((q) => q[0])), Math.max(...all.map((q) => q[0]))];
  let [vMin, vMax] = [Math.min(...all.map((q) => q[1])), Math.max(...all.map((q) => q[1]))];
  if (nMin === nMax) [nMin, nMax] = [nMin / 2, nMax * 2];
  // A decade of room at least, so a flat line does not fill the panel.
  [vMin, vMax] = [Math.min(vMin, vMax / 10) / 1.3, vMax * 1.3];
  const px = (n: number) => x0 + PAD.left + ((lx(n) - lx(nMin)) / (lx(nMax) - lx(nMin))) * (W - PAD.left - PAD.right);
  const py = (v: number) =>
    y0 + H - PAD.bottom - ((lx(v) - lx(vMin)) / (lx(vMax) - lx(vMin))) * (H - PAD.top - PAD.bottom);
  const out: string[] = [
    `<text x="${x0 + W / 2}" y="${y0 + 16}" text-anchor="middle" font-weight="bold">${esc(p.title)}</text>`,
  ];
  out.push(
    `<rect x="${x0 + PAD.left}" y="${y0 + PAD.top}" width="${W - PAD.left - PAD.right}" height="${H - PAD.top - PAD.bottom}" fill="none" stroke="#bbb"/>`,
  );
  const sizes = [...new Set(all.map((q) => q[0]))].sort((a, b) => a - b);
  for (const n of sizes) {
    out.push(`<text x="${px(n).toFixed(1)}" y="${y0 + H - PAD.bottom + 14}" text-anchor="middle">${fmt(n)}</text>`);
  }
  // Gridlines at powers of ten, and at 2× and 5× them when the panel spans few decades.
  const steps = lx(vMax) - lx(vMin) < 2.5 ? [1, 2, 5] : [1];
  for (let e = Math.floor(lx(vMin)); e <= Math.ceil(lx(vMax)); e++) {
    for (const m of steps) {
      const v = m * 10 ** e;
      if (v < vMin || v > vMax) continue;
      const y = py(v).toFixed(1);
      out.push(`<line x1="${x0 + PAD.left}" x2="${x0 + W - PAD.right}" y1="${y}" y2="${y}" stroke="#eee"/>`);
      out.push(`<text x="${x0 + PAD.left - 4}" y="${y}" text-anchor="end" dominant-baseline="middle">${fmt(v)}</text>`);
    }
  }
  out.push(
    `<text x="${x0 + PAD.left + (W - PAD.left - PAD.right) / 2}" y="${y0 + H - 6}" text-anchor="middle">articles in the corpus</text>`,
  );
  for (const s of p.series) {
    if (s.points.length === 0) continue;
    const d = s.points.map(([n, v], i) => `${i ? 'L' : 'M'}${px(n).toFixed(1)},${py(v).toFixed(1)}`).join(' ');
    out.push(
      `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}><title>${esc(s.name)}</title></path>`,
    );
    for (const [n, v] of s.points)
      out.push(
        `<circle cx="${px(n).toFixed(1)}" cy="${py(v).toFixed(1)}" r="2.5" fill="${s.colour}"><title>${esc(`${s.name}: ${fmt(v)} ${p.unit} at ${n}`)}</title></circle>`,
      );
  }
  return out.join('\n');
}

/** The four panels side by side in pairs, with one legend. */
export function costCurveSvg(run: BenchRun): string {
  const ps = panels(run);
  const legend = [
    ['Reading Context', OURS],
    ['FlexSearch 0.8 (IndexedDB)', FLEX],
    ['MiniSearch 7.2', MINI],
  ];
  const width = 2 * W;
  const height = 2 * H + 40;
  const body = ps.map((p, i) => panelSvg(p, (i % 2) * W, 40 + Math.floor(i / 2) * H)).join('\n');
  const keys = legend
    .map(
      ([name, colour], i) =>
        `<rect x="${10 + i * 230}" y="8" width="14" height="4" fill="${colour}"/><text x="${30 + i * 230}" y="14">${esc(name)}</text>`,
    )
    .join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    '<rect width="100%" height="100%" fill="#fff"/>',
    keys,
    `<text x="10" y="32" fill="#555">solid p50, dashed p95; both axes logarithmic</text>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}
