import { deflateSync } from 'node:zlib';
import { escapeHtml } from '../../core/html';
import type { MonthSeries } from '../../core/projection/report';

/**
 * The annex's chart: consultant hours month by month, one bar per profile, a month's capacity as a line.
 * One layout gives the SVG (Word 2016+ and LibreOffice show it, words included) and a PNG of the same
 * bars (what an older Word shows instead, without the words): both drawn from the same shapes.
 */
export interface Rect { x: number; y: number; w: number; h: number; fill: string }
export interface Label { x: number; y: number; text: string; anchor?: 'start' | 'middle' | 'end'; size?: number; bold?: boolean }
export interface ChartLayout { width: number; height: number; rects: Rect[]; labels: Label[] }

export const PROFILE_COLOURS = ['#3C5A78', '#E0912F'];
const CAPACITY_COLOUR = '#B3261E';
const WIDTH = 900;
const HEIGHT = 340;
const LEFT = 60;
const TOP = 40;
const BOTTOM = 60;

/** Hours by month per profile, and a month's capacity when the settings name consultants. */
export function monthChart(chart: MonthSeries): ChartLayout {
  const { series, capacity, title } = chart;
  const max = Math.max(1, capacity ?? 0, ...series.flatMap((s) => s.hours));
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT - 20) / chart.months.length;
  const barW = (slot * 0.7) / series.length;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const rects: Rect[] = [{ x: 0, y: 0, w: WIDTH, h: HEIGHT, fill: '#FFFFFF' }, { x: LEFT, y: TOP + plotH, w: WIDTH - LEFT - 20, h: 1, fill: '#555555' }];
  const labels: Label[] = [{ x: 10, y: 24, text: title, size: 16, bold: true }];
  chart.months.forEach((month, m) => {
    const x0 = LEFT + m * slot + slot * 0.15;
    series.forEach((one, s) => {
      const v = one.hours[m];
      rects.push({ x: x0 + s * barW, y: y(v), w: barW - 1, h: TOP + plotH - y(v), fill: PROFILE_COLOURS[s % PROFILE_COLOURS.length] });
    });
    if (capacity !== undefined) rects.push({ x: LEFT + m * slot + 2, y: y(capacity) - 1, w: slot - 4, h: 2, fill: CAPACITY_COLOUR });
    labels.push({ x: LEFT + m * slot + slot / 2, y: TOP + plotH + 16, text: month.slice(0, 3), anchor: 'middle' });
  });
  labels.push({ x: LEFT - 6, y: TOP + 4, text: String(Math.round(max)), anchor: 'end' }, { x: LEFT - 6, y: TOP + plotH, text: '0', anchor: 'end' });
  const legend = [...series.map((one, s) => ({ name: one.name, fill: PROFILE_COLOURS[s % PROFILE_COLOURS.length] })), ...(capacity !== undefined ? [{ name: chart.capacityLabel, fill: CAPACITY_COLOUR }] : [])];
  legend.forEach((l, i) => {
    const x = LEFT + i * 280;
    rects.push({ x, y: HEIGHT - 26, w: 14, h: 14, fill: l.fill });
    labels.push({ x: x + 20, y: HEIGHT - 14, text: l.name });
  });
  return { width: WIDTH, height: HEIGHT, rects, labels };
}

export function chartSvg(c: ChartLayout, title: string): string {
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}" font-family="Calibri, Helvetica, Arial, sans-serif" font-size="12" role="img" aria-label="${escapeHtml(title)}">`];
  out.push(`<title>${escapeHtml(title)}</title>`);
  for (const r of c.rects) out.push(`<rect x="${r.x.toFixed(1)}" y="${r.y.toFixed(1)}" width="${Math.max(0, r.w).toFixed(1)}" height="${Math.max(0, r.h).toFixed(1)}" fill="${r.fill}"/>`);
  for (const l of c.labels) {
    out.push(`<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" text-anchor="${l.anchor ?? 'start'}"${l.size ? ` font-size="${l.size}"` : ''}${l.bold ? ' font-weight="bold"' : ''} fill="#222222">${escapeHtml(l.text)}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

/** The bars as a PNG (RGB, filters none): enough for a word processor that cannot show SVG. */
export function chartPng(c: ChartLayout): Buffer {
  const stride = c.width * 3 + 1;
  const pixels = Buffer.alloc(stride * c.height);
  for (const r of c.rects) {
    const [red, green, blue] = [1, 3, 5].map((i) => parseInt(r.fill.slice(i, i + 2), 16));
    const x0 = Math.max(0, Math.round(r.x));
    const x1 = Math.min(c.width, Math.round(r.x + r.w));
    const y0 = Math.max(0, Math.round(r.y));
    const y1 = Math.min(c.height, Math.round(r.y + r.h));
    for (let yy = y0; yy < y1; yy++) {
      for (let xx = x0; xx < x1; xx++) {
        const at = yy * stride + 1 + xx * 3;
        pixels[at] = red;
        pixels[at + 1] = green;
        pixels[at + 2] = blue;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(c.width, 0);
  header.writeUInt32BE(c.height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

let table: Uint32Array | undefined;
function crc32(bytes: Buffer): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
