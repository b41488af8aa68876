// How a cost grows with corpus size, read from measured points: the exponent b of cost ∝ n^b between
// the smallest and the largest size (0 flat, 1 linear), and with three sizes or more whether each
// tenfold adds about the same amount (logarithmic) or multiplies it (a power).

export type Growth = 'flat' | 'logarithmic' | 'linear' | 'sublinear' | 'superlinear';

export interface GrowthReading {
  kind: Growth;
  /** Exponent of n between the smallest and largest size. */
  exponent: number;
  /** Cost added per tenfold of the corpus, on average. */
  perTenfold: number;
  sentence: string;
}

/** Points as [corpus size, cost]; sizes distinct and costs positive. */
export function readGrowth(points: Array<[number, number]>, unit: (v: number) => string): GrowthReading | null {
  const ok = points.filter(([n, v]) => n > 0 && v > 0).sort((a, b) => a[0] - b[0]);
  if (ok.length < 2) return null;
  const [n0, v0] = ok[0];
  const [n1, v1] = ok[ok.length - 1];
  const decades = Math.log10(n1 / n0);
  const exponent = Math.log(v1 / v0) / Math.log(n1 / n0);
  const perTenfold = (v1 - v0) / decades;
  let kind: Growth;
  if (exponent < 0.1) kind = 'flat';
  else if (exponent > 1.2) kind = 'superlinear';
  else if (exponent >= 0.8) kind = 'linear';
  else if (ok.length >= 3) {
    // Logarithmic: the cost added per tenfold stays about the same from one step to the next.
    const steps = ok.slice(1).map(([n, v], i) => (v - ok[i][1]) / Math.log10(n / ok[i][0]));
    const spread = Math.max(...steps) - Math.min(...steps);
    kind = spread <= 0.5 * Math.max(...steps.map(Math.abs)) ? 'logarithmic' : 'sublinear';
  } else kind = 'logarithmic';
  const span = `from ${ok.map(([n, v]) => `${unit(v)} at ${n.toLocaleString('en-US')}`).join(' to ')}`;
  const what: Record<Growth, string> = {
    flat: `flat (${span}; cost ∝ n^${exponent.toFixed(2)})`,
    logarithmic: `logarithmic at most: ${unit(perTenfold)} more per tenfold of the corpus (${span}; cost ∝ n^${exponent.toFixed(2)}${ok.length < 3 ? ', two sizes cannot tell a logarithm from a small power' : ''})`,
    sublinear: `sublinear but faster than a logarithm (${span}; cost ∝ n^${exponent.toFixed(2)})`,
    linear: `linear (${span}; cost ∝ n^${exponent.toFixed(2)})`,
    superlinear: `faster than linear (${span}; cost ∝ n^${exponent.toFixed(2)})`,
  };
  return { kind, exponent, perTenfold, sentence: what[kind] };
}
