import { readHtml } from '../lib/page/read-html';
import { parseHTML } from 'linkedom';
import fs from 'node:fs';
const dir = '/work/shared/datasets/readability-test-pages';
let bad = 0; const times:number[]=[];
for (const name of fs.readdirSync(dir)) {
  if (!fs.existsSync(`${dir}/${name}/source.html`)) continue;
  const d = readHtml(fs.readFileSync(`${dir}/${name}/source.html`,'utf8'), 'http://fakehost/test/page.html');
  times.push(d.readMs!);
  const exp = parseHTML('<html><body>'+fs.readFileSync(`${dir}/${name}/expected.html`,'utf8')+'</body></html>').document.body.textContent!.replace(/\s+/g,' ').trim();
  const ours = d.text.replace(/\s+/g,' ').trim();
  const r = ours.length / Math.max(1, exp.length);
  if (r < 0.9 || r > 1.1) { bad++; console.log(name, exp.length, ours.length, r.toFixed(2)); }
}
times.sort((a,b)=>a-b); console.log('bad', bad, 'readMs median', times[times.length>>1], 'p90', times[Math.floor(times.length*0.9)], 'max', times.at(-1));
