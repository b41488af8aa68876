// Micro benchmark: figures and sources (`analyzeText`) of the long news article bench/run.ts reads,
// the seed and fixture texts run together to about 5,000 words (target: well under 20 ms), with each
// part on its own, and lining up the figures of ten such articles. Run with
// `npx tsx bench/figures-bench.ts [words] [runs]`.
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../lib/corpus/analyze-article';
import { attachSources, extractFigures } from '../lib/figures/extract-figures';
import { lineUpFigures } from '../lib/figures/line-up-figures';
import { splitSentences } from '../lib/figures/sentences';
import { extractSources } from '../lib/sources/extract-sources';
import { longArticle } from './pages';

const words = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 50);

const article = longArticle(words, fileURLToPath(new URL('..', import.meta.url)));

function stats(times: number[]): { median: number; p95: number; min: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), min: sorted[0] };
}

/** CPU time of this process in ms: on a busy machine it shows the work done, not the wait. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function measure(run: () => unknown): { wall: ReturnType<typeof stats>; cpu: ReturnType<typeof stats> } {
  for (let i = 0; i < 30; i++) run(); // warm up the JIT (its optimizing compiles share the machine)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    run();
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  return { wall: stats(wall), cpu: stats(cpu) };
}

const sentences = splitSentences(article);
const sources = extractSources(article, { sentences });
const figures = extractFigures(article, { sentences });
const fmt = (s: ReturnType<typeof stats>) =>
  `p50 ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, min ${s.min.toFixed(2)} ms`;
const report = (what: string, m: ReturnType<typeof measure>) =>
  console.log(`${what}\n  wall: ${fmt(m.wall)}\n  cpu:  ${fmt(m.cpu)}`);

console.log(
  `article: ${article.split(/\s+/).length} words, ${article.length} characters, ${sentences.length} sentences, ` +
    `${figures.length} figures, ${sources.length} sources`,
);
report(
  `analyzeText (figures and sources), ${runs} runs`,
  measure(() => analyzeText(article)),
);
report(
  `  splitSentences, ${runs} runs`,
  measure(() => splitSentences(article)),
);
report(
  `  extractSources, ${runs} runs`,
  measure(() => extractSources(article, { sentences })),
);
report(
  `  extractFigures, ${runs} runs`,
  measure(() => extractFigures(article, { sentences })),
);
report(
  `  attachSources, ${runs} runs`,
  measure(() => attachSources(figures, sources)),
);
const inputs = Array.from({ length: 10 }, (_, i) => ({
  figures,
  articleId: `a${i}`,
  outlet: null,
  date: `2024-03-${10 + i}`,
}));
report(
  `lineUpFigures of 10 such articles, ${runs} runs`,
  measure(() => lineUpFigures(inputs)),
);
