/**
 * Draws the Replykit icon (a speech bubble with a check mark on a rounded square) at the sizes
 * the manifest needs and writes them to public/icon/<size>.png, where WXT picks them up.
 *
 *   npm run icons
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng, type Image } from './png';

export const ICON_SIZES = [16, 32, 48, 128] as const;

type Rgb = readonly [number, number, number];
const BACKGROUND_TOP: Rgb = [79, 70, 229]; // indigo
const BACKGROUND_BOTTOM: Rgb = [13, 148, 136]; // teal
const BUBBLE: Rgb = [255, 255, 255];
const CHECK: Rgb = [13, 118, 110];

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundedRect(
  x: number,
  y: number,
  cx: number,
  cy: number,
  hw: number,
  hh: number,
  r: number,
) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance to the segment a–b, thickened by w/2. */
function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number, w: number) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - w / 2;
}

/** Signed distance to the triangle a, b, c (the bubble's tail). */
function triangle(
  x: number,
  y: number,
  a: readonly [number, number],
  b: readonly [number, number],
  c: readonly [number, number],
) {
  const edges = [
    [a, b],
    [b, c],
    [c, a],
  ] as const;
  let inside = true;
  let best = Infinity;
  for (const [p, q] of edges) {
    const cross = (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
    if (cross < 0) inside = false;
    best = Math.min(best, segment(x, y, p[0], p[1], q[0], q[1], 0));
  }
  return inside ? -best : best;
}

/** Background colour and signed distances to the three shapes at a point of the unit square. */
function shade(u: number, v: number): { rgb: Rgb; cover: [number, number, number] } {
  const background = roundedRect(u, v, 0.5, 0.5, 0.5, 0.5, 0.22);
  const bubble = Math.min(
    roundedRect(u, v, 0.5, 0.45, 0.31, 0.235, 0.12),
    triangle(u, v, [0.3, 0.6], [0.46, 0.6], [0.27, 0.83]),
  );
  const check = Math.min(
    segment(u, v, 0.36, 0.46, 0.46, 0.56, 0.085),
    segment(u, v, 0.46, 0.56, 0.65, 0.35, 0.085),
  );
  const rgb = BACKGROUND_TOP.map((c, i) => c + (BACKGROUND_BOTTOM[i]! - c) * v) as unknown as Rgb;
  return { rgb, cover: [background, bubble, check] };
}

export function drawIcon(size: number): Image {
  const data = new Uint8Array(size * size * 4);
  const samples = 4; // 4×4 supersampling for smooth edges at 16 px
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (px + (sx + 0.5) / samples) / size;
          const v = (py + (sy + 0.5) / samples) / size;
          const { rgb, cover } = shade(u, v);
          const [background, bubble, check] = cover;
          if (background > 0) continue;
          const colour = check <= 0 ? CHECK : bubble <= 0 ? BUBBLE : rgb;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        data[i] = Math.round(r / a);
        data[i + 1] = Math.round(g / a);
        data[i + 2] = Math.round(b / a);
        data[i + 3] = Math.round((a / (samples * samples)) * 255);
      }
    }
  }
  return { width: size, height: size, data };
}

export function writeIcons(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(outDir, `${size}.png`);
    writeFileSync(file, encodePng(drawIcon(size)));
    return file;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  for (const file of writeIcons(join(root, 'public/icon'))) console.log(`wrote ${file}`);
}
