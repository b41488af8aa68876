// Draws the extension's toolbar icons (public/icon/{16,32,48,128}.png) with no image library: the mark
// of components/BrandMark.tsx (three lines of text beside a dot of context on a teal square),
// rasterised with 4×4 supersampling and written as PNG by hand with Node's zlib. Run: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
type Shape = { inside: (x: number, y: number) => boolean; color: Rgb };

const TEAL: Rgb = [0x1f, 0x6f, 0x78];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const AMBER: Rgb = [0xf2, 0xb3, 0x3d];

/** A rounded rectangle in the 32-unit design space. */
function roundRect(x: number, y: number, w: number, h: number, r: number) {
  return (px: number, py: number) => {
    if (px < x || px > x + w || py < y || py > y + h) return false;
    const cx = Math.min(Math.max(px, x + r), x + w - r);
    const cy = Math.min(Math.max(py, y + r), y + h - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
}

const circle = (cx: number, cy: number, r: number) => (px: number, py: number) =>
  (px - cx) ** 2 + (py - cy) ** 2 <= r * r;

/** The mark, painted back to front; small sizes get thicker lines so they stay legible. */
function shapes(size: number): Shape[] {
  const line = size <= 16 ? 4 : 3;
  return [
    { inside: roundRect(0, 0, 32, 32, 7), color: TEAL },
    { inside: roundRect(6, 8 - (line - 3) / 2, 14, line, line / 2), color: WHITE },
    { inside: roundRect(6, 14.5 - (line - 3) / 2, 11, line, line / 2), color: WHITE },
    { inside: roundRect(6, 21 - (line - 3) / 2, 14, line, line / 2), color: WHITE },
    { inside: circle(24.5, 16, size <= 16 ? 4 : 3.5), color: AMBER },
  ];
}

/** RGBA pixels of the icon at `size`×`size`. */
function rasterise(size: number): Buffer {
  const samples = 4;
  const out = Buffer.alloc(size * size * 4);
  const layers = shapes(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = ((x + (sx + 0.5) / samples) / size) * 32;
          const py = ((y + (sy + 0.5) / samples) / size) * 32;
          let color: Rgb | null = null;
          for (const layer of layers) if (layer.inside(px, py)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG of the pixels. */
function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(join(outDir, `${size}.png`), encodePng(size, rasterise(size)));
  console.log(`public/icon/${size}.png`);
}
