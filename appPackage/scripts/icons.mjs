#!/usr/bin/env node
/**
 * Draws the Customer Pulse app icons (our own artwork: a pulse line inside a ring) and writes
 * them to appPackage/:
 *   color.png    192x192, white mark on the accent colour, full bleed (Teams rounds the corners)
 *   outline.png  32x32, white mark on a transparent background, as Teams requires
 *
 *   node appPackage/scripts/icons.mjs           write both files
 *   node appPackage/scripts/icons.mjs --check   exit 1 if the committed files differ from the drawing
 *
 * Shapes are distance fields (capsules and a ring) sampled 4x4 per pixel for smooth edges.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng, encodePng } from './lib/png.mjs';

/** The accent colour; manifest.json's accentColor uses the same value. */
export const ACCENT = '#4A3AAE';

const SAMPLES = 4;

function hexToRgb(hex) {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The mark in a 0..1 unit square: a ring and a pulse line running across it.
 * Returns true when the point is inked.
 */
function markAt(x, y, { ringRadius, ringWidth, lineWidth, pulse }) {
  const ring = Math.abs(Math.hypot(x - 0.5, y - 0.5) - ringRadius) <= ringWidth / 2;
  if (ring) return true;
  for (let i = 0; i + 1 < pulse.length; i++) {
    if (distanceToSegment(x, y, pulse[i], pulse[i + 1]) <= lineWidth / 2) return true;
  }
  return false;
}

/** A heartbeat-like trace; also used by the outline icon at a heavier weight. */
const PULSE = [
  [0.17, 0.53],
  [0.35, 0.53],
  [0.42, 0.39],
  [0.5, 0.68],
  [0.58, 0.3],
  [0.65, 0.53],
  [0.83, 0.53],
];

function render(size, geometry, paint) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (markAt(x, y, geometry)) hits++;
        }
      }
      rgba.set(paint(hits / (SAMPLES * SAMPLES)), (py * size + px) * 4);
    }
  }
  return rgba;
}

/** 192x192 colour icon: white mark blended over the accent colour. */
export function drawColorIcon() {
  const [r, g, b] = hexToRgb(ACCENT);
  const size = 192;
  const rgba = render(size, { ringRadius: 0.3, ringWidth: 0.05, lineWidth: 0.055, pulse: PULSE }, (coverage) => [
    Math.round(r + (255 - r) * coverage),
    Math.round(g + (255 - g) * coverage),
    Math.round(b + (255 - b) * coverage),
    255,
  ]);
  return { width: size, height: size, rgba };
}

/** 32x32 outline icon: pure white, the mark's coverage as alpha, transparent elsewhere. */
export function drawOutlineIcon() {
  const size = 32;
  const rgba = render(size, { ringRadius: 0.4, ringWidth: 0.075, lineWidth: 0.085, pulse: PULSE }, (coverage) =>
    coverage === 0 ? [0, 0, 0, 0] : [255, 255, 255, Math.round(255 * coverage)],
  );
  return { width: size, height: size, rgba };
}

export const iconFiles = {
  'color.png': drawColorIcon,
  'outline.png': drawOutlineIcon,
};

function main() {
  const appPackageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, draw] of Object.entries(iconFiles)) {
    const { width, height, rgba } = draw();
    const path = join(appPackageDir, file);
    if (check) {
      let same = false;
      try {
        const existing = decodePng(readFileSync(path));
        same = existing.width === width && existing.height === height && Buffer.from(existing.rgba).equals(Buffer.from(rgba));
      } catch {
        same = false;
      }
      if (!same) {
        stale++;
        console.error(`${file} does not match the drawing: run npm run icons`);
      }
    } else {
      writeFileSync(path, encodePng(width, height, rgba));
      console.log(`wrote ${path} (${width}x${height})`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
