import { launchWithExtension } from '/work/main/scripts/launch-browser';
const browser = await launchWithExtension({ extensionDir: '/tmp/rc/ext' });
const r = await browser.worker.evaluate(`(async () => {
  const open = indexedDB.open('scratch', 1);
  open.onupgradeneeded = () => { open.result.createObjectStore('s', { keyPath: ['term', 'block'] }); open.result.createObjectStore('t', { keyPath: 'term' }); };
  const db = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
  const out = {};
  async function run(label, n, make, store = 's', read = false) {
    const t = performance.now();
    const tx = db.transaction([store], read ? 'readonly' : 'readwrite');
    const os = tx.objectStore(store);
    for (let i = 0; i < n; i++) read ? os.get(make(i)) : os.put(make(i));
    await new Promise((ok) => (tx.oncomplete = ok));
    out[label] = Math.round((performance.now() - t) / n * 1000) + ' us/req';
  }
  await run('small typed', 10000, (i) => ({ term: 'term' + i, block: 1, docs: new Uint32Array([i, i + 1]), tf: new Uint8Array([1, 2]) }));
  await run('small plain', 10000, (i) => ({ term: 'x' + i, df: i }), 't');
  await run('small plain again', 10000, (i) => ({ term: 'x' + i, df: i + 1 }), 't');
  await run('get plain', 10000, (i) => 'x' + i, 't', true);
  await run('get missing', 10000, (i) => 'y' + i, 't', true);
  await run('4KB strings', 2000, (i) => ({ term: 'big' + i, block: 1, text: 'lorem ipsum '.repeat(350) + i }));
  await run('64KB typed', 200, (i) => ({ term: 'huge' + i, block: 1, docs: new Uint32Array(16000) }));
  return out;
})()`);
console.log(r);
await browser.close();
