#!/usr/bin/env node
// Regenerates the fixture corpus: `npm run fixtures [-- name ...]`.
// For each page spec in tests/fixtures/pages/*.mjs: build HTML from its declared
// palette and spacing scale, render with headless Chromium at 1x and 2x, and write
// tests/fixtures/corpus/<name>@1x.png, <name>@2x.png and <name>.truth.json.
// Truth comes from the spec; the render only confirms it (spacing candidates the
// layout does not reproduce exactly are dropped; colors the pixels never show fail).
/* global document */
import { chromium } from "playwright-core";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PNG } from "pngjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pagesDir = join(root, "tests/fixtures/pages");
const outDir = join(root, "tests/fixtures/corpus");
const only = process.argv.slice(2);
const HEX = /^#[0-9a-f]{6}$/;

const { renderPage } = await import(pathToFileURL(join(pagesDir, "_lib.mjs")).href);
const files = readdirSync(pagesDir).filter((f) => f.endsWith(".mjs") && !f.startsWith("_")).sort();

/** Throws unless every declared color is lowercase hex and every spacing value is on the page's scale. */
function audit(spec, truth, candidates) {
  for (const key of ["name", "width", "height", "background", "palette", "scale", "baseUnit"]) {
    if (spec[key] == null) throw new Error(`${spec.name ?? "?"}: spec lacks ${key}`);
  }
  const palette = new Set(Object.values(spec.palette));
  const colors = [truth.background, ...truth.fills, ...truth.borders, ...truth.text, ...truth.gradients.flatMap((g) => g.stops)];
  for (const c of colors) {
    if (!HEX.test(c)) throw new Error(`${spec.name}: color ${c} is not lowercase #rrggbb`);
    if (!palette.has(c)) throw new Error(`${spec.name}: color ${c} is not in the declared palette`);
  }
  for (const c of candidates) {
    if (!spec.scale.includes(c.value)) throw new Error(`${spec.name}: spacing ${c.value} is not on the declared scale`);
  }
}

const edgesIntegral = (...rs) => rs.every((r) => [r.l, r.t, r.r, r.b].every(Number.isInteger));

/** Keeps the spacing candidates whose boxes sit exactly `value` apart in the laid-out page. */
async function confirmSpacingAsync(page, candidates) {
  const rects = await page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll("[data-b]")) {
      const r = el.getBoundingClientRect();
      out[el.getAttribute("data-b")] = { l: r.left, t: r.top, r: r.right, b: r.bottom, v: el.hasAttribute("data-v") };
    }
    return out;
  });
  const visible = Object.values(rects).filter((r) => r.v);
  const seen = new Map();
  const overlaps = (a0, a1, b0, b1) => Math.min(a1, b1) - Math.max(a0, b0) > 0;
  for (const c of candidates) {
    const a = rects[c.a];
    const b = rects[c.b];
    if (!a || !b) continue;
    let d = null;
    if (c.kind === "pad") {
      d = { t: b.t - a.t, r: a.r - b.r, b: a.b - b.b, l: b.l - a.l }[c.side];
      if (!c.av && !edgeIsVisible(a, b, c.side, visible)) d = null;
    } else if (overlaps(a.t, a.b, b.t, b.b)) {
      d = Math.max(b.l - a.r, a.l - b.r);
    } else if (overlaps(a.l, a.r, b.l, b.r)) {
      d = Math.max(b.t - a.b, a.t - b.b);
    }
    // Fractional edges (text-sized boxes) are pixel-snapped by the renderer: not exact, so not truth.
    if (d === c.value && edgesIntegral(a, b)) seen.set(c.value, (seen.get(c.value) ?? 0) + 1);
  }
  return seen;
}

/**
 * True when side `side` of invisible box `a` lies on a visible edge: the same edge of a
 * visible box containing `a`, or the facing edge of a visible box beside it (level with `b`).
 */
function edgeIsVisible(a, b, side, visible) {
  const E = a[side];
  const vert = side === "l" || side === "r";
  const opposite = { l: "r", r: "l", t: "b", b: "t" }[side];
  return visible.some((v) => {
    if (v === b) return false;
    const contains = v.l <= a.l && v.t <= a.t && v.r >= a.r && v.b >= a.b;
    if (contains && v[side] === E) return true;
    const level = vert ? Math.min(v.b, b.b) - Math.max(v.t, b.t) > 0 : Math.min(v.r, b.r) - Math.max(v.l, b.l) > 0;
    return level && v[opposite] === E;
  });
}

/** Counts exact-color pixels of a decoded PNG. */
function colorCounts(png) {
  const counts = new Map();
  const d = png.data;
  for (let i = 0; i < d.length; i += 4) {
    const k = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return (hex) => counts.get(parseInt(hex.slice(1), 16)) ?? 0;
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--force-color-profile=srgb", "--font-render-hinting=none"],
});
let failed = false;
try {
  for (const file of files) {
    const spec = (await import(pathToFileURL(join(pagesDir, file)).href)).default;
    if (only.length && !only.includes(spec.name)) continue;
    const { html, truth, candidates } = renderPage(spec);
    audit(spec, truth, candidates);
    for (const scale of [1, 2]) {
      const context = await browser.newContext({ viewport: { width: spec.width, height: spec.height }, deviceScaleFactor: scale, colorScheme: spec.colorScheme ?? "light", reducedMotion: "reduce", javaScriptEnabled: true });
      await context.route("**/*", (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: "load" });
      if (scale === 1) {
        const seen = await confirmSpacingAsync(page, candidates);
        truth.spacing = [...seen.keys()].sort((a, b) => a - b);
        const declared = [...new Set(candidates.map((c) => c.value))].sort((a, b) => a - b);
        const dropped = declared.filter((v) => !seen.has(v));
        if (dropped.length) console.warn(`${spec.name}: declared spacing never visible between boxes, left out: ${dropped.join(", ")}`);
      }
      const buf = await page.screenshot({ type: "png", animations: "disabled", caret: "hide" });
      await context.close();
      const png = PNG.sync.read(buf);
      if (png.width !== spec.width * scale || png.height !== spec.height * scale) throw new Error(`${spec.name}@${scale}x: got ${png.width}×${png.height}`);
      // Re-encode RGBA with max compression: Figma exports are RGBA, and the corpus stays small.
      const out = PNG.sync.write(png, { colorType: 6, deflateLevel: 9 });
      writeFileSync(join(outDir, `${spec.name}@${scale}x.png`), out);
      if (scale === 1) {
        const count = colorCounts(png);
        for (const [kind, list, min] of [["fill", truth.fills, 40], ["border", truth.borders, 20], ["text", truth.text, 3]]) {
          for (const hex of list) {
            if (count(hex) < min) {
              console.error(`${spec.name}: ${kind} ${hex} has only ${count(hex)} exact pixels at 1x`);
              failed = true;
            }
          }
        }
      }
    }
    writeFileSync(join(outDir, `${spec.name}.truth.json`), JSON.stringify(truth, null, 2) + "\n");
    console.log(`${spec.name}: ${spec.width}×${spec.height}, ${truth.fills.length} fills, ${truth.borders.length} borders, ${truth.text.length} text, spacing [${truth.spacing.join(", ")}] base ${truth.baseUnit}`);
  }
} finally {
  await browser.close();
}
if (failed) process.exit(1);
