/**
 * Draws the app icons of the web app manifest (public/manifest.webmanifest) from the logo's geometry
 * (public/favicon.svg: a rounded blue square, two white blocks), as PNG files in public/icons/. The
 * logo is only rectangles, so it is drawn here, 4×4 supersampled, with no image library. Run it again
 * (`npx tsx scripts/make-icons.ts`) only if the logo changes; the PNGs are committed.
 *
 * Maskable icon: the same blocks on a full-bleed square, inside the 80 % safe zone Android keeps.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const BLUE: Rgb = [0x00, 0x00, 0x91];
const WHITE: Rgb = [0xff, 0xff, 0xff];
/** The logo's blocks on its 32-unit grid (favicon.svg). */
const BLOCKS = [
  [6, 16, 15, 26],
  [17, 6, 26, 26],
] as const;

function insideRounded(x: number, y: number, size: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels of the icon at `pixels` px; `maskable` fills the square and shrinks the blocks to the safe zone. */
function draw(pixels: number, maskable: boolean): Buffer {
  const out = Buffer.alloc(pixels * pixels * 4);
  const samples = 4;
  const scale = 32 / pixels;
  // Maskable: the 32-unit logo sits in the middle 80 % of a 40-unit square.
  const grid = maskable ? 40 : 32;
  const offset = maskable ? 4 : 0;
  for (let py = 0; py < pixels; py += 1) {
    for (let px = 0; px < pixels; px += 1) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((px + (sx + 0.5) / samples) * scale * grid) / 32;
          const y = ((py + (sy + 0.5) / samples) * scale * grid) / 32;
          if (!maskable && !insideRounded(x, y, 32, 6)) continue;
          cover += 1;
          const lx = x - offset;
          const ly = y - offset;
          if (BLOCKS.some(([x0, y0, x1, y1]) => lx >= x0 && lx < x1 && ly >= y0 && ly < y1)) white += 1;
        }
      }
      const index = (py * pixels + px) * 4;
      const share = cover === 0 ? 0 : white / cover;
      for (let channel = 0; channel < 3; channel += 1) {
        out[index + channel] = Math.round((BLUE[channel] ?? 0) * (1 - share) + (WHITE[channel] ?? 0) * share);
      }
      out[index + 3] = Math.round((255 * cover) / samples ** 2);
    }
  }
  return out;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function png(pixels: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels, 0);
  header.writeUInt32BE(pixels, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, no interlace
  const rows = Buffer.alloc(pixels * (pixels * 4 + 1));
  for (let y = 0; y < pixels; y += 1)
    rgba.copy(rows, y * (pixels * 4 + 1) + 1, y * pixels * 4, (y + 1) * pixels * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const iconsDir = join(import.meta.dirname, '..', 'public', 'icons');
for (const [name, pixels, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
] as const) {
  writeFileSync(join(iconsDir, name), png(pixels, draw(pixels, maskable)));
}
