// The statusrapport's charts: one horizontal bar per party or principle, split by status, drawn from
// the numbers alone. As SVG (with its labels, for the web page, the Markdown and Word 2016 and later)
// and as PNG (the bars and the legend's colours, which Word needs beside an SVG and the workbook
// shows). The PNG is written with Node's own zlib, so no native build or download is needed.
import { crc32, deflateSync } from "node:zlib";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../core/activity-status.ts";
import type { StatusCounts } from "./status-report-data.ts";

export const STATUS_COLOUR: Record<ActivityStatus, string> = {
  ej_paborjad: "#8c8c8c",
  pagar: "#1f5fa8",
  klar: "#2e7d32",
  forsenad: "#c62828",
  pausad: "#d97a00",
  struken: "#c9c9c9",
};

export const CHART = { width: 720, labelWidth: 230, barHeight: 22, gap: 12, top: 34, legendHeight: 40 };

export interface ChartBar {
  label: string;
  total: number;
  segments: { status: ActivityStatus; count: number; x: number; width: number }[];
  y: number;
}

/** Where each bar and segment goes: lengths in proportion to the largest total. */
export function chartLayout(rows: readonly StatusCounts[]): { bars: ChartBar[]; height: number } {
  const area = CHART.width - CHART.labelWidth - 50;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const bars = rows.map((r, i) => {
    let x = CHART.labelWidth;
    const segments = ACTIVITY_STATUSES.filter((s) => r.counts[s] > 0).map((status) => {
      const width = Math.round((area * r.counts[status]) / max);
      const segment = { status, count: r.counts[status], x, width };
      x += width;
      return segment;
    });
    return { label: r.label, total: r.total, segments, y: CHART.top + i * (CHART.barHeight + CHART.gap) };
  });
  const height = CHART.top + rows.length * (CHART.barHeight + CHART.gap) + CHART.legendHeight;
  return { bars, height };
}

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The chart as an SVG document; `statusLabel` names the statuses in the report's language. */
export function chartSvg(
  title: string,
  rows: readonly StatusCounts[],
  statusLabel: (s: ActivityStatus) => string,
): string {
  const { bars, height } = chartLayout(rows);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" role="img" aria-label="${xml(title)}" font-family="Arial, Helvetica, sans-serif" font-size="13">`,
    `<title>${xml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="0" y="18" font-size="15" font-weight="bold" fill="#1a1a1a">${xml(title)}</text>`,
  ];
  for (const bar of bars) {
    const mid = bar.y + CHART.barHeight / 2 + 4;
    const label = bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label;
    parts.push(`<text x="0" y="${mid}" fill="#1a1a1a">${xml(label)}</text>`);
    for (const s of bar.segments)
      parts.push(
        `<rect x="${s.x}" y="${bar.y}" width="${s.width}" height="${CHART.barHeight}" fill="${STATUS_COLOUR[s.status]}"><title>${xml(`${statusLabel(s.status)}: ${s.count}`)}</title></rect>`,
      );
    const end = bar.segments.at(-1);
    parts.push(
      `<text x="${(end ? end.x + end.width : CHART.labelWidth) + 6}" y="${mid}" fill="#1a1a1a">${bar.total}</text>`,
    );
  }
  let x = 0;
  const legendY = height - CHART.legendHeight + 18;
  for (const s of ACTIVITY_STATUSES) {
    parts.push(`<rect x="${x}" y="${legendY - 11}" width="12" height="12" fill="${STATUS_COLOUR[s]}"/>`);
    parts.push(`<text x="${x + 16}" y="${legendY}" fill="#1a1a1a">${xml(statusLabel(s))}</text>`);
    x += 24 + statusLabel(s).length * 7.5;
  }
  parts.push("</svg>");
  return parts.join("");
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB image as a PNG file. */
export function encodePng(width: number, height: number, pixels: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // no filter
    Buffer.from(pixels.buffer, pixels.byteOffset + y * width * 3, width * 3).copy(
      raw,
      y * (width * 3 + 1) + 1,
    );
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The chart's bars and legend swatches as a PNG, the same geometry as the SVG. */
export function chartPng(rows: readonly StatusCounts[]): { png: Buffer; width: number; height: number } {
  const { bars, height } = chartLayout(rows);
  const width = CHART.width;
  const pixels = new Uint8Array(width * height * 3).fill(255);
  const fill = (x0: number, y0: number, w: number, h: number, colour: string) => {
    const [r, g, b] = rgb(colour);
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++)
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
        const i = (y * width + x) * 3;
        pixels[i] = r;
        pixels[i + 1] = g;
        pixels[i + 2] = b;
      }
  };
  for (const bar of bars)
    for (const s of bar.segments) fill(s.x, bar.y, s.width, CHART.barHeight, STATUS_COLOUR[s.status]);
  let x = 0;
  for (const s of ACTIVITY_STATUSES) {
    fill(x, height - CHART.legendHeight + 7, 12, 12, STATUS_COLOUR[s]);
    x += 100;
  }
  return { png: encodePng(width, height, pixels), width, height };
}
