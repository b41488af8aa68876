// quick import profile in Chromium
import { launchWithExtension } from '/work/main/scripts/launch-browser';
import { benchClient } from '/work/main/bench/bench-client';
import { generateArticles } from '/work/main/bench/generate-corpus';
import { loadSentencePool } from '/work/main/bench/sentence-pool';
const n = Number(process.argv[2] ?? 3000);
const arts = generateArticles(n, 42, loadSentencePool('/work/main'));
const browser = await launchWithExtension({ extensionDir: '/tmp/rc/ext' });
const c = await benchClient(browser);
await c.call('hello'); await c.call('match', [{ text: 'x y' }]);
let tot = 0, idx = 0, prep = 0;
for (let i = 0; i < n; i += 1000) {
  const chunk = arts.slice(i, i + 1000);
  const p = await c.call('prepareOnly', chunk);
  const r = await c.call('importArticles', chunk);
  console.log(`chunk ${i}: total ${r.ms} index ${r.indexMs} (prepare alone ${p.ms}) wall ${Math.round(r.wallMs)}`);
  tot += r.ms; idx += r.indexMs; prep += p.ms;
}
console.log(`per article: total ${(tot / n).toFixed(3)} ms, store ${((tot - idx) / n).toFixed(3)}, index ${(idx / n).toFixed(3)} of which text ${(prep / n).toFixed(3)}`);
console.log(await c.call("prof" as any));
await browser.close();
