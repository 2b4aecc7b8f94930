#!/usr/bin/env node
// Renders one 800x800 PNG per product in catalogue.json to images/<handle>.png.
//
//   npm install --no-save sharp      # sharp is not a project dependency
//   node data/render-images.mjs      # all products
//   node data/render-images.mjs banana kiwi   # only these handles
//
// Every image is drawn from scratch: an SVG with a category-coloured gradient,
// a simple vector illustration chosen from the product handle/title, the title
// and the brand name. No external assets are used.

import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SIZE = 800;
const FONT = "DejaVu Sans, sans-serif";

async function loadSharp() {
  try {
    return (await import('sharp')).default;
  } catch {}
  try {
    // CommonJS resolution also honours NODE_PATH (handy for a scratch install).
    return createRequire(import.meta.url)('sharp');
  } catch {}
  console.error('sharp is not installed; install it with: npm install --no-save sharp');
  process.exit(1);
}

// ---------------------------------------------------------------- helpers

const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const f = (n) => Math.round(n * 10) / 10;
const rad = (deg) => (deg * Math.PI) / 180;

// A solid shape plus the same shape with a soft highlight/shade overlay.
const shaded = (tag, attrs, color, extra = '') =>
  `<${tag} ${attrs} fill="${color}" ${extra}/><${tag} ${attrs} fill="url(#gloss)"/>`;
const path = (d, color, extra = '') => shaded('path', `d="${d}"`, color, extra);
const circle = (cx, cy, r, color) => shaded('circle', `cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}"`, color);
const ellipse = (cx, cy, rx, ry, color, extra = '') =>
  shaded('ellipse', `cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}"`, color, extra);
const rect = (x, y, w, h, r, color, extra = '') =>
  shaded('rect', `x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(r)}"`, color, extra);
const g = (transform, body) => `<g transform="${transform}">${body}</g>`;
const stroke = (d, color, width, extra = '') =>
  `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" ${extra}/>`;

const leaf = (x, y, len, angle, color = '#4caf50') =>
  g(`translate(${x} ${y}) rotate(${angle})`,
    path(`M0 0 Q ${f(len * 0.5)} ${f(-len * 0.32)} ${len} 0 Q ${f(len * 0.5)} ${f(len * 0.32)} 0 0 Z`, color) +
    stroke(`M4 0 L ${f(len * 0.85)} 0`, 'rgba(255,255,255,0.45)', 3));

// Points around a circle.
const around = (n, r, start = 0) =>
  Array.from({ length: n }, (_, i) => {
    const a = rad(start + (360 / n) * i);
    return [r * Math.cos(a), r * Math.sin(a)];
  });

// Deterministic pseudo random numbers from a string, for scattered dots.
function rng(seed) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

// A small label plate used on packaging; text is the brand initial.
const label = (x, y, w, h, bg, fg, text, size = 34) =>
  rect(x, y, w, h, 12, bg) +
  `<text x="${f(x + w / 2)}" y="${f(y + h / 2 + size * 0.36)}" font-family="${FONT}" font-weight="bold" font-size="${size}" fill="${fg}" text-anchor="middle">${esc(text)}</text>`;

// ---------------------------------------------------------------- illustrations
// Each returns SVG drawn around (0,0), fitting roughly inside a 360x360 box.

const FRUIT_COLORS = {
  orange: ['#f7931e', '#ffb74d'],
  clementine: ['#fb8c00', '#ffb74d'],
  lemon: ['#f4d21f', '#fff176'],
};

const art = {
  banana: () => {
    const one = (dx, dy, rot, c) =>
      g(`translate(${dx} ${dy}) rotate(${rot})`,
        path('M -150 -70 C -150 90, 120 150, 160 -40 C 110 60, -80 60, -150 -70 Z', c) +
        stroke('M -135 -50 C -100 40, 60 80, 140 -20', 'rgba(160,110,0,0.35)', 4) +
        path('M 150 -45 L 172 -62 L 180 -48 L 160 -28 Z', '#6d4c2f') +
        path('M -154 -70 L -146 -66 L -150 -58 Z', '#3e2a17'));
    return one(0, 30, 0, '#ffd93b') + one(-10, -25, -8, '#ffe066');
  },
  apple: (color = '#e53950') =>
    path('M 0 -95 C 60 -140, 160 -100, 150 10 C 140 110, 70 160, 0 135 C -70 160, -140 110, -150 10 C -160 -100, -60 -140, 0 -95 Z', color) +
    `<ellipse cx="-70" cy="-35" rx="26" ry="44" fill="rgba(255,255,255,0.35)" transform="rotate(20 -70 -35)"/>` +
    stroke('M 0 -92 Q 4 -135 28 -165', '#6d4c2f', 11) +
    leaf(22, -128, 95, -28),
  pear: () =>
    path('M 0 -140 C 40 -140, 45 -85, 62 -50 C 145 0, 140 155, 0 155 C -140 155, -145 0, -62 -50 C -45 -85, -40 -140, 0 -140 Z', '#c5d64a') +
    `<ellipse cx="-55" cy="40" rx="22" ry="50" fill="rgba(255,255,255,0.3)"/>` +
    stroke('M 0 -138 Q 0 -165 18 -182', '#6d4c2f', 10) +
    leaf(10, -160, 80, -20),
  kiwi: (gold = false) => {
    const seeds = around(22, 68, 0).map(([x, y], i) =>
      `<ellipse cx="${f(x)}" cy="${f(y)}" rx="4" ry="9" fill="#1b1b1b" transform="rotate(${f((360 / 22) * i + 90)} ${f(x)} ${f(y)})"/>`).join('');
    return (
      ellipse(70, -55, 130, 110, gold ? '#a98552' : '#8d6e4a') +
      g('translate(-35 35)',
        circle(0, 0, 140, '#7b5a36') +
        `<circle cx="0" cy="0" r="126" fill="${gold ? '#f2c12e' : '#8bc34a'}"/><circle cx="0" cy="0" r="100" fill="${gold ? '#f9d54a' : '#9ccc65'}"/>` +
        `<circle cx="0" cy="0" r="40" fill="#f1f8e9"/>` + seeds +
        `<circle cx="0" cy="0" r="140" fill="url(#gloss)"/>`)
    );
  },
  citrus: (kind) => {
    const [peel, flesh] = FRUIT_COLORS[kind] || FRUIT_COLORS.orange;
    const wedges = Array.from({ length: 10 }, (_, i) => {
      const a0 = rad(i * 36 + 4), a1 = rad((i + 1) * 36 - 4), r = 112, r0 = 12;
      return `<path d="M ${f(r0 * Math.cos(a0))} ${f(r0 * Math.sin(a0))} L ${f(r * Math.cos(a0))} ${f(r * Math.sin(a0))} A ${r} ${r} 0 0 1 ${f(r * Math.cos(a1))} ${f(r * Math.sin(a1))} L ${f(r0 * Math.cos(a1))} ${f(r0 * Math.sin(a1))} Z" fill="${flesh}"/>`;
    }).join('');
    return (
      circle(75, -60, 120, peel) +
      leaf(110, -170, 80, -30, '#43a047') +
      g('translate(-40 40)', circle(0, 0, 138, peel) + `<circle r="124" fill="#fff8e1"/>` + wedges + `<circle r="138" fill="url(#gloss)"/>`)
    );
  },
  strawberry: () => {
    const one = (dx, dy, s, rot) => {
      const r = rng(`sb${dx}`);
      const seeds = Array.from({ length: 16 }, () => {
        const x = (r() - 0.5) * 170, y = -60 + r() * 170;
        const w = 95 - Math.abs(y - 20) * 0.45;
        return Math.abs(x) < w ? `<ellipse cx="${f(x)}" cy="${f(y)}" rx="4" ry="7" fill="#ffe082"/>` : '';
      }).join('');
      return g(`translate(${dx} ${dy}) scale(${s}) rotate(${rot})`,
        path('M 0 150 C -110 90, -150 -20, -120 -80 C -80 -130, 80 -130, 120 -80 C 150 -20, 110 90, 0 150 Z', '#e53935') + seeds +
        path('M 0 -110 L -70 -125 L -35 -95 L -90 -80 L -25 -80 L -10 -60 L 10 -80 L 25 -80 L 90 -80 L 35 -95 L 70 -125 Z', '#43a047') +
        stroke('M 0 -112 L 5 -150', '#2e7d32', 9));
    };
    return one(80, -10, 0.75, 15) + one(-40, 20, 0.95, -10);
  },
  berries: () => {
    const pos = [[-80, 40], [60, 50], [-10, -50], [120, -40], [-120, -60], [0, 110]];
    return pos.map(([x, y]) =>
      circle(x, y, 68, '#3f51b5') +
      `<circle cx="${x + 20}" cy="${y - 22}" r="9" fill="#283593"/><circle cx="${x - 20}" cy="${y - 20}" r="14" fill="rgba(255,255,255,0.18)"/>`
    ).join('') + leaf(40, -120, 90, -40);
  },
  roundFruit: (color) => circle(0, 10, 145, color) + stroke('M 0 -130 L 10 -165', '#6d4c2f', 10) + leaf(10, -150, 90, -25),

  // vegetables
  carrot: () => {
    const one = (dx, dy, rot) =>
      g(`translate(${dx} ${dy}) rotate(${rot})`,
        leaf(-5, -110, 90, -110, '#43a047') + leaf(5, -110, 90, -70, '#66bb6a') + leaf(0, -110, 80, -90, '#388e3c') +
        path('M -45 -100 Q 0 -120 45 -100 Q 30 50 0 170 Q -30 50 -45 -100 Z', '#f57c00') +
        stroke('M -30 -40 L -10 -38 M 12 10 L 30 8 M -22 50 L -6 52 M 4 100 L 16 98', 'rgba(120,50,0,0.35)', 5));
    return one(-60, 10, -18) + one(70, 20, 20);
  },
  tomatoes: (n) => {
    const calyx = (x, y, s) =>
      g(`translate(${x} ${y}) scale(${s})`,
        path('M 0 -18 L -12 -4 L -45 -8 L -16 8 L -30 32 L 0 14 L 30 32 L 16 8 L 45 -8 L 12 -4 Z', '#388e3c'));
    const sets = {
      1: [[0, 10, 150]],
      3: [[-85, 45, 95], [85, 45, 95], [0, -60, 95]],
      5: [[-110, 60, 68], [0, 80, 68], [110, 60, 68], [-55, -30, 68], [65, -35, 68]],
    }[n];
    return (n === 3 ? stroke('M -120 -150 Q 0 -185 120 -150', '#558b2f', 10) + stroke('M 0 -170 L 0 -145 M -85 -160 L -85 -40 M 85 -160 L 85 -40', '#558b2f', 6) : '') +
      sets.map(([x, y, r]) => ellipse(x, y, r, r * 0.9, '#e53935') + calyx(x, y - r * 0.8, r / 95)).join('');
  },
  broccoli: () =>
    path('M -35 20 L 35 20 L 45 170 L -45 170 Z', '#9ccc65') +
    stroke('M 0 60 L -50 0 M 0 80 L 50 10', '#8bc34a', 24) +
    [[-90, -10, 70], [90, -10, 70], [-45, -80, 80], [45, -80, 80], [0, -20, 80], [0, -130, 60]]
      .map(([x, y, r]) => circle(x, y, r, '#2e7d32')).join('') +
    [[-60, -90], [30, -110], [80, -30], [-100, -20], [10, -40], [-20, -150]]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="14" fill="rgba(255,255,255,0.12)"/>`).join(''),
  spinach: () => {
    const big = (x, y, rot, s, c) =>
      g(`translate(${x} ${y}) rotate(${rot}) scale(${s})`,
        path('M 0 160 C -120 80, -130 -80, 0 -160 C 130 -80, 120 80, 0 160 Z', c) +
        stroke('M 0 180 L 0 -130 M 0 60 L -60 10 M 0 60 L 60 10 M 0 -10 L -55 -60 M 0 -10 L 55 -60', 'rgba(255,255,255,0.45)', 6));
    return big(-60, 0, -25, 0.95, '#388e3c') + big(70, 10, 25, 0.9, '#43a047');
  },
  potatoes: () => {
    const r = rng('potato');
    const one = (x, y, rx, ry, rot) =>
      g(`translate(${x} ${y}) rotate(${rot})`, ellipse(0, 0, rx, ry, '#c8a165') +
        Array.from({ length: 6 }, () => `<circle cx="${f((r() - 0.5) * rx * 1.3)}" cy="${f((r() - 0.5) * ry * 1.2)}" r="5" fill="#8d6e4a"/>`).join(''));
    return one(-70, 50, 110, 80, -10) + one(85, 60, 95, 70, 15) + one(10, -60, 105, 78, 5);
  },
  pepper: () =>
    path('M -30 -90 C -110 -120, -160 -40, -140 40 C -120 130, -70 150, -35 140 C -15 160, 15 160, 35 140 C 70 150, 120 130, 140 40 C 160 -40, 110 -120, 30 -90 C 15 -100, -15 -100, -30 -90 Z', '#e53935') +
    stroke('M -40 -60 C -70 20, -60 100, -35 135 M 40 -60 C 70 20, 60 100, 35 135', 'rgba(120,0,0,0.25)', 6) +
    path('M -35 -95 Q 0 -120 35 -95 Q 0 -80 -35 -95 Z', '#2e7d32') +
    stroke('M 0 -100 Q 0 -150 30 -165', '#388e3c', 16),
  cucumber: (color = '#2e7d32') => {
    const one = (x, y, rot) =>
      g(`translate(${x} ${y}) rotate(${rot})`,
        rect(-170, -45, 340, 90, 45, color) +
        stroke('M -130 -15 L 130 -15 M -110 15 L 110 15', 'rgba(255,255,255,0.18)', 6) +
        `<rect x="-178" y="-14" width="22" height="28" rx="6" fill="#558b2f"/>`);
    return one(0, -40, -25) + one(10, 70, -20);
  },
  mushrooms: () => {
    const one = (x, y, s) =>
      g(`translate(${x} ${y}) scale(${s})`,
        path('M -38 0 L 38 0 L 46 120 Q 0 135 -46 120 Z', '#f5ecdc') +
        path('M -130 10 C -130 -110, 130 -110, 130 10 Q 0 40 -130 10 Z', '#d7c2a3') +
        `<ellipse cx="-50" cy="-50" rx="26" ry="14" fill="rgba(255,255,255,0.35)"/>`);
    return one(60, 10, 0.8) + one(-60, -20, 1);
  },
  leafyVeg: () => [[-70, 20, -30], [70, 20, 30], [0, -10, 0]].map(([x, y, r]) => leaf(x, y + 120, 240, -90 + r, '#4caf50')).join(''),

  // bakery
  loaf: (dark = false) => {
    const c = dark ? '#8d5a2b' : '#c98a3c';
    return path('M -170 110 L -170 0 C -170 -110, 170 -110, 170 0 L 170 110 Q 0 130 -170 110 Z', c) +
      [-90, -20, 50].map((x) => stroke(`M ${x} -30 Q ${x + 30} -60 ${x + 50} -80`, 'rgba(255,235,200,0.75)', 12)).join('') +
      (dark ? [[-100, 40], [-40, 60], [20, 30], [90, 55], [130, 10], [-140, 10]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="5" fill="#f3e0c0"/>`).join('') : '');
  },
  croissant: () => {
    const segs = [[-135, 40, 45, 55, -50], [-80, -15, 60, 75, -25], [0, -40, 75, 90, 0], [80, -15, 60, 75, 25], [135, 40, 45, 55, 50]];
    return segs.map(([x, y, rx, ry, r]) => ellipse(x, y, rx, ry, '#d9963c', `transform="rotate(${r} ${x} ${y})"`)).join('') +
      segs.map(([x, y, , ry, r]) => stroke(`M ${x} ${y - ry + 10} L ${x} ${y + ry - 10}`, 'rgba(120,60,10,0.3)', 4, `transform="rotate(${r} ${x} ${y})"`)).join('');
  },
  pretzel: () => {
    const d = 'M -80 130 C -20 60, 50 -10, 40 -80 C 25 -150, -165 -150, -165 -15 C -165 90, -40 110, 0 55 C 40 110, 165 90, 165 -15 C 165 -150, -25 -150, -40 -80 C -50 -10, 20 60, 80 130';
    const r = rng('salt');
    return stroke(d, '#7b3f12', 44) + stroke(d, '#a0561f', 30) + stroke(d, 'rgba(255,255,255,0.12)', 10, 'transform="translate(-4 -6)"') +
      Array.from({ length: 26 }, () => {
        const a = r() * Math.PI * 2, rr = 60 + r() * 90;
        return `<rect x="${f(Math.cos(a) * rr * 1.05)}" y="${f(Math.sin(a) * rr * 0.8 - 20)}" width="8" height="6" rx="2" fill="#ffffff" opacity="0.9"/>`;
      }).join('');
  },
  baguette: () =>
    g('rotate(-28)',
      rect(-190, -50, 380, 100, 50, '#d4953f') +
      [-120, -50, 20, 90].map((x) => stroke(`M ${x} 18 Q ${x + 25} 0 ${x + 45} -22`, 'rgba(255,240,210,0.8)', 11)).join('')),
  rolls: () => {
    const r = rng('seeds');
    const one = (x, y, s) =>
      g(`translate(${x} ${y}) scale(${s})`,
        ellipse(0, 0, 95, 72, '#b9824a') +
        Array.from({ length: 14 }, () => `<ellipse cx="${f((r() - 0.5) * 120)}" cy="${f((r() - 0.5) * 80)}" rx="6" ry="3.5" fill="#f3e6c6" transform="rotate(${f(r() * 180)})"/>`).join('') +
        stroke('M -40 -10 Q 0 -30 40 -10', 'rgba(80,40,10,0.35)', 6));
    return one(-80, 50, 1) + one(85, 55, 1) + one(0, -55, 1.05);
  },
  painAuChocolat: () =>
    [[-10, 40, 1], [20, -60, 0.9]].map(([x, y, s]) =>
      g(`translate(${x} ${y}) scale(${s}) rotate(-8)`,
        rect(-150, -60, 300, 120, 40, '#d9963c') +
        `<rect x="-160" y="-25" width="30" height="50" rx="8" fill="#4e2a14"/><rect x="130" y="-25" width="30" height="50" rx="8" fill="#4e2a14"/>` +
        stroke('M -120 -20 L 120 -20 M -120 5 L 120 5 M -120 30 L 120 30', 'rgba(120,60,10,0.25)', 5))).join(''),
  strudel: () =>
    g('rotate(-8)',
      path('M -185 70 L -185 -10 C -185 -80, 185 -80, 185 -10 L 185 70 Q 0 90 -185 70 Z', '#e0a656') +
      [-120, -60, 0, 60, 120].map((x) => stroke(`M ${x} -45 L ${x - 15} 70`, 'rgba(150,80,20,0.35)', 6)).join('') +
      Array.from({ length: 40 }, (_, i) => { const r = rng('sugar' + i); return `<circle cx="${f((r() - 0.5) * 340)}" cy="${f(-50 + r() * 60)}" r="4" fill="#ffffff" opacity="0.9"/>`; }).join('')) +
    ellipse(0, 110, 210, 22, '#eeeeee'),

  // dairy
  carton: (band, text) =>
    path('M -100 -110 L 0 -175 L 100 -110 Z', '#e8eef5') +
    rect(-18, -190, 36, 26, 6, band) +
    rect(-100, -110, 200, 280, 8, '#ffffff') +
    `<rect x="-100" y="20" width="200" height="70" fill="${band}"/>` +
    `<path d="M -100 20 Q -50 0 0 20 T 100 20 L 100 0 L -100 0 Z" fill="${band}" opacity="0.45"/>` +
    `<text x="0" y="68" font-family="${FONT}" font-weight="bold" font-size="38" fill="#fff" text-anchor="middle">${esc(text)}</text>`,
  pot: (band, lidColor, text) =>
    path('M -130 -80 L 130 -80 L 105 150 Q 0 165 -105 150 Z', '#ffffff') +
    `<path d="M -124 -20 L 124 -20 L 116 60 L -116 60 Z" fill="${band}"/>` +
    `<text x="0" y="33" font-family="${FONT}" font-weight="bold" font-size="40" fill="#fff" text-anchor="middle">${esc(text)}</text>` +
    ellipse(0, -85, 142, 34, lidColor),
  cheeseWedge: (color = '#f6c945') => {
    const holes = [[-60, 60, 16], [10, 30, 22], [70, 80, 14], [-10, 110, 12], [-110, 100, 10]];
    return path('M -170 -10 L 150 -110 L 170 -20 L -150 40 Z', '#fbe08a') +
      path('M -150 40 L 170 -20 L 170 130 L -150 150 Z', color) +
      holes.map(([x, y, r]) => `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 0.8}" fill="#d4a52b"/>`).join('') +
      `<ellipse cx="40" cy="-50" rx="18" ry="8" fill="#e9c25a"/>`;
  },
  camembert: () =>
    // wheel with a wedge cut out and placed in front
    path('M -170 -30 L -170 50 A 170 60 0 0 0 170 50 L 170 -30 Z', '#e9dcc0') +
    ellipse(0, -30, 170, 60, '#fbf8f1') +
    `<path d="M 0 -30 L 120 -72 A 170 60 0 0 1 165 -15 Z" fill="#f6e3a6"/>` +
    `<path d="M 0 -30 L 0 50 L 165 65 L 165 -15 Z" fill="#f1d88a"/>` +
    g('translate(60 105)',
      path('M -120 0 L 110 -30 L 110 40 L -120 70 Z', '#f3da8c') +
      path('M -120 0 L 110 -30 L 150 -10 L -80 20 Z', '#fbf8f1') +
      `<path d="M -120 0 L -120 70" stroke="#f4efe3" stroke-width="10"/>`),
  eggs: () => {
    const egg = (x, y, s, c) => g(`translate(${x} ${y}) scale(${s})`, path('M 0 -100 C 60 -100, 85 10, 80 40 C 75 95, -75 95, -80 40 C -85 10, -60 -100, 0 -100 Z', c));
    return egg(-95, -10, 1, '#e7c9a3') + egg(95, -10, 1, '#f3e3cd') + egg(0, 40, 1.1, '#d9b38c');
  },
  butter: () =>
    path('M -160 -30 L -60 -90 L 170 -90 L 80 -30 Z', '#ffe88a') +
    path('M 80 -30 L 170 -90 L 170 60 L 80 120 Z', '#f3cf4f') +
    rect(-160, -30, 240, 150, 4, '#ffdf6b') +
    `<path d="M -160 -30 L -20 -30 L -20 120 L -160 120 Z" fill="#ffffff" opacity="0.9"/>` +
    `<text x="-90" y="58" font-family="${FONT}" font-weight="bold" font-size="26" fill="#1565c0" text-anchor="middle">BUTTER</text>`,

  // drinks
  bottle: (liquid, capColor, labelColor, bubbles = false) => {
    const d = 'M -28 -175 L 28 -175 L 28 -120 C 28 -90, 80 -80, 80 -30 L 80 150 Q 80 175 55 175 L -55 175 Q -80 175 -80 150 L -80 -30 C -80 -80, -28 -90, -28 -120 Z';
    const bub = bubbles ? [[-40, 120, 8], [30, 80, 6], [-10, 40, 10], [45, 140, 7], [-50, 10, 5], [20, 0, 7]]
      .map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="none" stroke="rgba(255,255,255,0.8)" stroke-width="3"/>`).join('') : '';
    return path(d, liquid, 'opacity="0.92"') + bub +
      `<rect x="-80" y="10" width="160" height="80" fill="${labelColor}"/>` +
      `<path d="M -60 60 Q -30 35 0 60 T 60 60" stroke="#ffffff" stroke-width="6" fill="none"/>` +
      `<rect x="-32" y="-195" width="64" height="34" rx="6" fill="${capColor}"/>` +
      `<path d="M -55 -40 L -55 140" stroke="rgba(255,255,255,0.5)" stroke-width="12" stroke-linecap="round"/>`;
  },
  twoBottles: (liquid, cap, labelColor, bubbles) =>
    g('translate(-75 10) scale(0.92)', art.bottle(liquid, cap, labelColor, bubbles)) +
    g('translate(80 10) scale(0.92)', art.bottle(liquid, cap, labelColor, bubbles)),
  coffeeBag: (withBeans) => {
    const bean = (x, y, r) => g(`translate(${x} ${y}) rotate(${r})`, ellipse(0, 0, 26, 18, '#5d3a1a') + stroke('M -20 0 Q 0 -8 20 0', '#2e1a0a', 4));
    return path('M -120 -150 L 120 -150 L 135 170 L -135 170 Z', '#4e342e') +
      `<path d="M -120 -150 L 120 -150 L 122 -120 L -122 -120 Z" fill="#3e2723"/>` +
      rect(-80, -60, 160, 150, 14, '#f5e6cc') +
      g('translate(0 15) scale(1.6)', bean(0, 0, -30)) +
      (withBeans ? bean(-150, 150, 20) + bean(150, 140, -20) + bean(120, 175, 40) : '');
  },
  teaCup: (tea) =>
    stroke('M -40 -120 Q -60 -150 -40 -180 M 10 -120 Q -10 -150 10 -180 M 60 -120 Q 40 -150 60 -180', 'rgba(120,120,120,0.55)', 8) +
    ellipse(0, 135, 190, 40, '#ffffff') +
    stroke('M 115 -20 C 200 -20, 200 80, 100 80', '#ffffff', 24) +
    path('M -130 -70 L 130 -70 C 130 60, 90 130, 0 130 C -90 130, -130 60, -130 -70 Z', '#ffffff') +
    ellipse(0, -70, 130, 32, tea) +
    `<rect x="-15" y="-70" width="4" height="90" fill="#bdbdbd"/><rect x="-35" y="20" width="44" height="40" rx="4" fill="#ef5350"/>`,

  // pantry
  oilBottle: () =>
    path('M -22 -180 L 22 -180 L 22 -110 C 22 -70, 65 -60, 65 -20 L 65 160 Q 65 180 45 180 L -45 180 Q -65 180 -65 160 L -65 -20 C -65 -60, -22 -70, -22 -110 Z', '#b5a21a', 'opacity="0.95"') +
    `<rect x="-26" y="-200" width="52" height="30" rx="6" fill="#2e7d32"/>` +
    rect(-65, 10, 130, 110, 6, '#f4ecd8') +
    ellipse(-14, 60, 14, 22, '#556b2f', 'transform="rotate(-30 -14 60)"') + ellipse(18, 62, 14, 22, '#6b8e23', 'transform="rotate(30 18 62)"') +
    stroke('M -40 40 Q 0 20 40 40', '#556b2f', 4) +
    g('translate(140 120)', ellipse(0, 0, 30, 22, '#6b8e23') + leaf(10, -15, 70, -60, '#558b2f')) +
    g('translate(-140 135)', ellipse(0, 0, 28, 20, '#4e5e1e') + leaf(-10, -15, 60, -120, '#558b2f')),
  jar: (content, lid, labelColor, text) =>
    rect(-115, -110, 230, 280, 40, content) +
    rect(-125, -160, 250, 60, 14, lid) +
    label(-95, -10, 190, 100, labelColor, '#ffffff', text, 40) +
    `<path d="M -90 -80 L -90 140" stroke="rgba(255,255,255,0.35)" stroke-width="14" stroke-linecap="round"/>`,
  sack: (color, text) =>
    path('M -60 -120 C -150 -60, -150 160, -100 170 L 100 170 C 150 160, 150 -60, 60 -120 Z', color) +
    path('M -60 -120 L -95 -175 L -30 -150 L 0 -185 L 30 -150 L 95 -175 L 60 -120 Z', color) +
    stroke('M -70 -118 L 70 -118', '#8d6e4a', 12) +
    label(-80, 0, 160, 100, '#ffffff', '#6d4c2f', text, 38),
  pastaBox: () =>
    rect(-95, -170, 190, 340, 10, '#1e5aa8') +
    `<rect x="-65" y="-110" width="130" height="200" rx="8" fill="#fff3c4"/>` +
    Array.from({ length: 10 }, (_, i) => `<rect x="${-58 + i * 12.5}" y="-110" width="6" height="200" fill="#f1c232"/>`).join('') +
    `<text x="0" y="140" font-family="${FONT}" font-weight="bold" font-size="36" fill="#fff" text-anchor="middle">No. 5</text>`,

  // snacks
  chipsBag: (color, chip, inner) => {
    const xs = Array.from({ length: 13 }, (_, i) => -130 + (260 / 12) * i);
    const top = xs.map((x, i) => `L ${f(x)} ${i % 2 ? -172 : -160}`).join(' ');
    const bottom = xs.slice().reverse().map((x, i) => `L ${f(x)} ${i % 2 ? 182 : 170}`).join(' ');
    return path(`M -130 -160 ${top} C 150 -60, 150 80, 130 170 ${bottom} C -150 80, -150 -60, -130 -160 Z`, color) +
      stroke('M -128 -140 L 128 -140 M -128 150 L 128 150', 'rgba(255,255,255,0.35)', 5) +
      `<circle cx="0" cy="10" r="78" fill="#ffffff" opacity="0.95"/>` +
      (inner || g('translate(0 10) rotate(-15)', ellipse(0, 0, 52, 40, chip) + stroke('M -30 -5 Q 0 -20 30 -5', 'rgba(150,90,0,0.35)', 4)));
  },
  chocolate: (color, withNuts) =>
    g('rotate(-12)',
      rect(-150, -110, 300, 220, 10, '#4e2a14') +
      Array.from({ length: 12 }, (_, i) => `<rect x="${-140 + (i % 4) * 72}" y="${-100 + Math.floor(i / 4) * 70}" width="64" height="62" rx="6" fill="#5d3418"/>`).join('') +
      (withNuts ? [[-100, -70], [40, -60], [-20, 10], [100, 20], [-90, 60]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="11" fill="#b07a45"/>`).join('') : '') +
      `<path d="M -20 -118 L 160 -118 L 160 118 L 20 118 Z" fill="${color}"/>` +
      `<path d="M 20 118 L -20 -118 L 0 -118 L 40 118 Z" fill="rgba(255,255,255,0.35)"/>`),
  pralineBox: () =>
    rect(-175, -120, 350, 250, 14, '#7b1f3a') +
    rect(-160, -105, 320, 220, 10, '#f4e6d0') +
    Array.from({ length: 8 }, (_, i) => {
      const x = -120 + (i % 4) * 80, y = -50 + Math.floor(i / 4) * 110;
      return circle(x, y, 32, i % 3 ? '#4e2a14' : '#6d3f1e') + stroke(`M ${x - 14} ${y - 4} Q ${x} ${y - 16} ${x + 14} ${y - 4}`, 'rgba(255,255,255,0.45)', 4);
    }).join('') +
    stroke('M -175 5 L 175 5', '#c9a227', 10) + stroke('M 0 -120 L 0 130', '#c9a227', 10),
  sticks: () =>
    Array.from({ length: 7 }, (_, i) => stroke(`M ${-60 + i * 20} -60 L ${-75 + i * 25} ${-200 - (i % 3) * 12}`, '#a0561f', 10)).join('') +
    g('translate(0 30) scale(0.9)', art.chipsBag('#1976d2', '#d9a25c',
      stroke('M -45 30 L 35 -35 M -30 40 L 50 -20 M -50 5 L 20 -45', '#a0561f', 9) +
      `<circle cx="-5" cy="-10" r="3" fill="#fff"/><circle cx="20" cy="5" r="3" fill="#fff"/><circle cx="-25" cy="15" r="3" fill="#fff"/>`)),
  nutMix: () =>
    art.sack('#8d6e4a', '') +
    [[-40, 40, '#c58b4c'], [0, 30, '#e0b878'], [40, 45, '#6a1b4d'], [-20, 70, '#b07a45'], [25, 75, '#f0d09a']]
      .map(([x, y, c]) => ellipse(x, y, 18, 13, c)).join(''),
};

// Choose an illustration from handle/title keywords within the product's category.
function illustrate(p) {
  const k = `${p.handle} ${p.title}`.toLowerCase();
  const has = (...w) => w.some((x) => k.includes(x));
  const initial = (p.brand || '?').trim()[0].toUpperCase();
  switch (p.category) {
    case 'fruit':
      if (has('banana')) return art.banana();
      if (has('kiwi')) return art.kiwi(has('gold'));
      if (has('apple')) return art.apple();
      if (has('pear')) return art.pear();
      if (has('clementine')) return art.citrus('clementine');
      if (has('lemon')) return art.citrus('lemon');
      if (has('orange')) return art.citrus('orange');
      if (has('strawberr')) return art.strawberry();
      if (has('berr')) return art.berries();
      return art.roundFruit('#ff8a65');
    case 'vegetables':
      if (has('carrot')) return art.carrot();
      if (has('cherry tomato')) return art.tomatoes(5);
      if (has('vine')) return art.tomatoes(3);
      if (has('tomato')) return art.tomatoes(1);
      if (has('broccoli')) return art.broccoli();
      if (has('spinach', 'salad', 'lettuce')) return art.spinach();
      if (has('potato')) return art.potatoes();
      if (has('pepper')) return art.pepper();
      if (has('cucumber')) return art.cucumber('#2e7d32');
      if (has('courgette', 'zucchini')) return art.cucumber('#558b2f');
      if (has('mushroom', 'champignon')) return art.mushrooms();
      return art.leafyVeg();
    case 'bakery':
      if (has('croissant')) return art.croissant();
      if (has('brezel', 'pretzel')) return art.pretzel();
      if (has('baguette')) return art.baguette();
      if (has('roll', 'brötchen')) return art.rolls();
      if (has('chocolat')) return art.painAuChocolat();
      if (has('strudel')) return art.strudel();
      return art.loaf(has('rye', 'roggen', 'wholegrain'));
    case 'dairy':
      if (has('milk')) return art.carton('#1e88e5', 'MILK');
      if (has('yogurt', 'yoghurt')) return art.pot('#5c9ded', '#e3f2fd', 'YOGURT');
      if (has('crème', 'creme', 'cream')) return art.pot('#7e57c2', '#ede7f6', 'CRÈME');
      if (has('camembert', 'brie')) return art.camembert();
      if (has('egg')) return art.eggs();
      if (has('butter')) return art.butter();
      return art.cheeseWedge(has('comté', 'comte') ? '#f2c14e' : '#f6c945');
    case 'drinks':
      if (has('sparkling')) return art.twoBottles('#81d4fa', '#1565c0', '#1565c0', true);
      if (has('water')) return art.twoBottles('#b3e5fc', '#0277bd', '#0288d1', false);
      if (has('apple')) return art.bottle('#f2b63c', '#2e7d32', '#c62828');
      if (has('orange')) return art.bottle('#ff9800', '#ef6c00', '#2e7d32');
      if (has('espresso', 'beans')) return art.coffeeBag(true);
      if (has('coffee')) return art.coffeeBag(false);
      if (has('green tea', 'sencha', 'matcha')) return art.teaCup('#9ccc65');
      if (has('tea')) return art.teaCup('#8d4e1e');
      return art.bottle('#80cbc4', '#00695c', '#00897b');
    case 'pantry':
      if (has('oil')) return art.oilBottle();
      if (has('spaghetti', 'pasta')) return art.pastaBox();
      if (has('honey', 'honig')) return art.jar('#f5a623', '#6d4c2f', '#8d6e4a', 'HONEY');
      if (has('passata', 'tomato', 'sauce')) return art.jar('#d32f2f', '#2e7d32', '#ffffff', '') + label(-95, -10, 190, 100, '#ffffff', '#c62828', 'PASSATA', 32);
      if (has('oat')) return art.sack('#e6c98f', 'OATS');
      if (has('flour', 'mehl')) return art.sack('#f5f0e6', 'FLOUR');
      if (has('rice')) return art.sack('#fffaf0', 'RICE');
      return art.jar('#bcaaa4', '#5d4037', '#8d6e63', initial);
    case 'snacks':
      if (has('paprika')) return art.chipsBag('#e53935', '#f57c00');
      if (has('crisp', 'chips')) return art.chipsBag('#1e88e5', '#f6c945');
      if (has('stangen', 'stick')) return art.sticks();
      if (has('trail', 'nut mix', 'studentenfutter')) return art.nutMix();
      if (has('praline')) return art.pralineBox();
      if (has('hazelnut')) return art.chocolate('#1565c0', true);
      if (has('chocolate', 'schokolade')) return art.chocolate('#b71c1c', false);
      return art.chipsBag('#8e24aa', '#f6c945');
    default:
      return circle(0, 0, 140, '#90a4ae') +
        `<text x="0" y="40" font-family="${FONT}" font-weight="bold" font-size="120" fill="#fff" text-anchor="middle">${esc(initial)}</text>`;
  }
}

// ---------------------------------------------------------------- layout

const THEMES = {
  fruit: ['#fff6dc', '#ffd49a', '#e8892b'],
  vegetables: ['#eaf8e2', '#b7e1a1', '#3f8f3a'],
  bakery: ['#fdf1e2', '#eec596', '#a8672c'],
  dairy: ['#eef6ff', '#c2d9f4', '#3d6fb0'],
  drinks: ['#e3f7f9', '#a3dbe4', '#1f8594'],
  pantry: ['#fdf0e6', '#f1bf9f', '#b5532f'],
  snacks: ['#fdeaf2', '#f2b6cf', '#b23a6e'],
};
const DEFAULT_THEME = ['#f4f4f4', '#d3d7db', '#5f6b75'];

// Rough advance widths of DejaVu Sans Bold, in em, to wrap/fit titles.
function textWidth(s, size) {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ') w += 0.35;
    else if ('il.,:;!|\'’()[]j'.includes(ch)) w += 0.36;
    else if ('ftrI'.includes(ch)) w += 0.48;
    else if ('mwMW%'.includes(ch)) w += 1.0;
    else if (ch >= 'A' && ch <= 'Z') w += 0.77;
    else w += 0.68;
  }
  return w * size;
}

function fitTitle(title, maxWidth) {
  const words = title.split(/\s+/);
  for (let size = 64; size >= 34; size -= 2) {
    if (textWidth(title, size) <= maxWidth) return { size, lines: [title] };
    // best two-line split: minimise the longer line
    let best = null;
    for (let i = 1; i < words.length; i++) {
      const a = words.slice(0, i).join(' '), b = words.slice(i).join(' ');
      const w = Math.max(textWidth(a, size), textWidth(b, size));
      if (!best || w < best.w) best = { w, lines: [a, b] };
    }
    if (best && best.w <= maxWidth && size <= 56) return { size, lines: best.lines };
  }
  return { size: 34, lines: [title] };
}

export function productSvg(p, categoryName) {
  const [bg1, bg2, accent] = THEMES[p.category] || DEFAULT_THEME;
  const { size, lines } = fitTitle(p.title, 640);
  const brandSize = 32;
  const lineH = size * 1.15;
  const blockH = lineH * lines.length + brandSize * 1.5;
  const panelY = 540, panelH = 220;
  let y = panelY + (panelH - blockH) / 2 + size * 0.9;
  const titleSvg = lines.map((l) => {
    const t = `<text x="400" y="${f(y)}" font-family="${FONT}" font-weight="bold" font-size="${size}" fill="#2b2622" text-anchor="middle">${esc(l)}</text>`;
    y += lineH;
    return t;
  }).join('');
  const brandY = y - lineH + size * 0.25 + brandSize * 1.4;
  const pill = (categoryName || p.category || '').toUpperCase();
  const pillW = textWidth(pill, 22) + 44;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
<defs>
  <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${bg1}"/><stop offset="1" stop-color="${bg2}"/></linearGradient>
  <radialGradient id="gloss" cx="0.35" cy="0.3" r="0.8">
    <stop offset="0" stop-color="#ffffff" stop-opacity="0.35"/><stop offset="0.45" stop-color="#ffffff" stop-opacity="0"/>
    <stop offset="1" stop-color="#000000" stop-opacity="0.22"/>
  </radialGradient>
</defs>
<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>
<circle cx="400" cy="305" r="235" fill="#ffffff" opacity="0.45"/>
<ellipse cx="400" cy="500" rx="170" ry="18" fill="#000000" opacity="0.10"/>
<g transform="translate(400 300)">${illustrate(p)}</g>
<rect x="${f(40)}" y="${f(36)}" width="${f(pillW)}" height="44" rx="22" fill="${accent}"/>
<text x="${f(40 + pillW / 2)}" y="66" font-family="${FONT}" font-weight="bold" font-size="22" fill="#ffffff" text-anchor="middle" letter-spacing="1">${esc(pill)}</text>
<rect x="60" y="${panelY}" width="680" height="${panelH}" rx="30" fill="#ffffff" opacity="0.82"/>
${titleSvg}
<text x="400" y="${f(brandY)}" font-family="${FONT}" font-size="${brandSize}" fill="${accent}" text-anchor="middle">${esc(p.brand)}</text>
</svg>`;
}

// ---------------------------------------------------------------- main

async function main() {
  const catalogue = JSON.parse(readFileSync(join(HERE, 'catalogue.json'), 'utf8'));
  const only = new Set(process.argv.slice(2));
  const categoryNames = Object.fromEntries(catalogue.categories.map((c) => [c.handle, c.name]));
  const products = catalogue.products.filter((p) => only.size === 0 || only.has(p.handle));
  if (only.size && products.length !== only.size) {
    console.error('unknown handle(s):', [...only].filter((h) => !products.some((p) => p.handle === h)).join(', '));
    process.exit(1);
  }

  const sharp = await loadSharp();
  let total = 0;
  for (const p of products) {
    const svg = productSvg(p, categoryNames[p.category]);
    const out = join(HERE, p.image || `images/${p.handle}.png`);
    mkdirSync(dirname(out), { recursive: true });
    const png = await sharp(Buffer.from(svg))
      .resize(SIZE, SIZE)
      .png({ palette: true, colours: 128, dither: 0.5, effort: 10, compressionLevel: 9 })
      .toBuffer();
    writeFileSync(out, png);
    total += png.length;
    console.log(`${p.image}  ${(png.length / 1024).toFixed(1)} KB`);
  }
  console.log(`${products.length} image(s), ${(total / 1024).toFixed(0)} KB total`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
