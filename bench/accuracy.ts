/**
 * npm run bench:accuracy [-- --page name] — color and spacing accuracy on the fixture corpus
 * (tests/fixtures/corpus, 1x and 2x), with extract-colors, color-thief's MMCQ (quantize, 10
 * colors, every 10th pixel) and node-vibrant measured in the same run on the same decoded pixels.
 *
 * Metrics (ΔE = CIEDE2000):
 * - fill:  share of truth fills ∪ borders with an extracted color at ΔE ≤ 2
 * - text:  share of truth text colors with an extracted color at ΔE ≤ 2
 * - prec:  share of extracted colors within ΔE ≤ 5 of some truth color (fills, borders, text, gradient stops)
 * - exact: share of truth fills ∪ borders ∪ text found with the exact hex
 * - dups:  pairs of extracted colors with ΔE < 1, unless both are real tokens of the page (#ffffff / #fdfdfd)
 * - sp.R / sp.P: spacing recall / precision, a value matches within ±1 px at 1x
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { differenceCiede2000 } from "culori";
import { extractColorsFromImageData } from "extract-colors";
import { Vibrant } from "node-vibrant/node";
import { decodePng } from "../shared/engine/decode/decode-png.js";
import { measureFrame } from "../shared/engine/measure/measure-frame.js";
import type { RgbaImage } from "../shared/engine/types.js";
import type { CorpusTruth } from "../tests/fixtures/truth.js";

interface Scores {
  fill: number;
  text: number;
  prec: number;
  dups: number;
  exact: number;
  n: number;
}

const CORPUS = "tests/fixtures/corpus";
const de = differenceCiede2000();
const quantize = createRequire(import.meta.url)("quantize") as (px: number[][], n: number) => { palette(): number[][] } | false;
const hex = (r: number, g: number, b: number): string => "#" + [r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("");

function score(found: string[], t: CorpusTruth): Scores {
  const near = (list: string[], c: string, d: number): boolean => list.some((x) => de(x, c) <= d);
  const fills = [...new Set([...t.fills, ...t.borders])];
  const all = [...fills, ...t.text, ...t.gradients.flatMap((g) => g.stops)];
  let dups = 0;
  const real = new Set(all);
  for (let i = 0; i < found.length; i++)
    for (let j = i + 1; j < found.length; j++) if (de(found[i]!, found[j]!) < 1 && !(real.has(found[i]!) && real.has(found[j]!))) dups++;
  const solid = [...new Set([...fills, ...t.text])];
  return {
    fill: fills.filter((c) => near(found, c, 2)).length / (fills.length || 1),
    text: t.text.length ? t.text.filter((c) => near(found, c, 2)).length / t.text.length : 1,
    prec: found.length ? found.filter((c) => near(all, c, 5)).length / found.length : 0,
    dups,
    exact: solid.filter((c) => found.includes(c)).length / (solid.length || 1),
    n: found.length,
  };
}

function spacingScores(found: number[], truth: number[]): { r: number; p: number } {
  const hit = (list: number[], v: number): boolean => list.some((x) => Math.abs(x - v) <= 1);
  return {
    r: truth.length ? truth.filter((v) => hit(found, v)).length / truth.length : 1,
    p: found.length ? found.filter((v) => hit(truth, v)).length / found.length : truth.length ? 0 : 1,
  };
}

function mmcq(img: RgbaImage): string[] {
  const px: number[][] = [];
  for (let i = 0; i < img.width * img.height; i += 10) {
    const o = i * 4;
    if (img.data[o + 3]! >= 125) px.push([img.data[o]!, img.data[o + 1]!, img.data[o + 2]!]);
  }
  const map = quantize(px, 10);
  return map ? map.palette().map(([r, g, b]) => hex(r!, g!, b!)) : [];
}

function extractColors(img: RgbaImage): string[] {
  return extractColorsFromImageData({ data: new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), width: img.width, height: img.height }).map((c) => c.hex.toLowerCase());
}

async function vibrantAsync(bytes: Uint8Array): Promise<string[]> {
  const palette = await Vibrant.from(Buffer.from(bytes)).getPalette();
  return Object.values(palette).flatMap((s) => (s ? [s.hex.toLowerCase()] : []));
}

const pct = (v: number): string => (v * 100).toFixed(0).padStart(4) + "%";
const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

async function main(): Promise<void> {
  const only = process.argv.includes("--page") ? process.argv[process.argv.indexOf("--page") + 1] : undefined;
  const names = readdirSync(CORPUS)
    .filter((f) => f.endsWith(".truth.json"))
    .map((f) => f.replace(".truth.json", ""))
    .filter((n) => !only || n === only)
    .sort();
  const methods = ["copy-that", "extract-colors", "mmcq", "node-vibrant"] as const;
  const results: Record<string, Record<string, Scores[]>> = { "1x": {}, "2x": {} };
  const ours: { r: number; p: number }[][] = [[], []];
  console.log("\nCopy That, per page (ΔE2000; fill/text at ≤ 2, prec at ≤ 5, dups = pairs < 1 not both real tokens; exact = same hex)\n");
  console.log(
    [pad("page", 20), "scale", "  fill", "  text", "  prec", " exact", " dups", " #col", " photos", " grads", "  sp.R", "  sp.P", "   ms"].join(" "),
  );
  for (const name of names) {
    const truth = JSON.parse(readFileSync(`${CORPUS}/${name}.truth.json`, "utf8")) as CorpusTruth;
    for (const [si, scale] of ["1x", "2x"].entries()) {
      const bytes = new Uint8Array(readFileSync(`${CORPUS}/${name}@${scale}.png`));
      const img = decodePng(bytes);
      const t0 = performance.now();
      const m = measureFrame(img, { frameId: name, scale: si + 1 });
      const ms = performance.now() - t0;
      const found = {
        "copy-that": m.colors.map((c) => c.hex),
        "extract-colors": extractColors(img),
        mmcq: mmcq(img),
        "node-vibrant": await vibrantAsync(bytes),
      };
      for (const method of methods) (results[scale]![method] ??= []).push(score(found[method], truth));
      const s = score(found["copy-that"], truth);
      const sp = spacingScores(m.spacing.map((x) => x.px), truth.spacing);
      ours[si]!.push(sp);
      console.log(
        [
          pad(name, 20),
          pad(scale, 5),
          pct(s.fill),
          pct(s.text),
          pct(s.prec),
          pct(s.exact).padStart(6),
          String(s.dups).padStart(5),
          String(s.n).padStart(5),
          `${m.frame.photos}/${truth.photos}`.padStart(7),
          `${m.gradients.length}/${truth.gradients.length}`.padStart(6),
          pct(sp.r),
          pct(sp.p),
          ms.toFixed(0).padStart(5),
        ].join(" "),
      );
    }
  }
  console.log("\nAll methods, averaged over pages (same decoded pixels, same truth)\n");
  console.log([pad("method", 16), "scale", "  fill", "  text", "  prec", " exact", " dups", " #col"].join(" "));
  for (const scale of ["1x", "2x"]) {
    for (const method of methods) {
      const list = results[scale]![method]!;
      console.log(
        [
          pad(method, 16),
          pad(scale, 5),
          pct(mean(list.map((x) => x.fill))),
          pct(mean(list.map((x) => x.text))),
          pct(mean(list.map((x) => x.prec))),
          pct(mean(list.map((x) => x.exact))).padStart(6),
          mean(list.map((x) => x.dups)).toFixed(1).padStart(5),
          mean(list.map((x) => x.n)).toFixed(1).padStart(5),
        ].join(" "),
      );
    }
  }
  console.log("\nTargets (Copy That): fill ≥ 95%, text ≥ 80%, prec ≥ 90%, dups 0, spacing R ≥ 90%, P ≥ 80% at both scales");
  for (const [si, scale] of ["1x", "2x"].entries()) {
    const list = results[scale]!["copy-that"]!;
    const checks = {
      fill: mean(list.map((x) => x.fill)) >= 0.95,
      text: mean(list.map((x) => x.text)) >= 0.8,
      prec: mean(list.map((x) => x.prec)) >= 0.9,
      dups: list.every((x) => x.dups === 0),
      "sp.R": mean(ours[si]!.map((x) => x.r)) >= 0.9,
      "sp.P": mean(ours[si]!.map((x) => x.p)) >= 0.8,
    };
    console.log(`  ${scale}: ` + Object.entries(checks).map(([k, ok]) => `${k} ${ok ? "ok" : "MISSED"}`).join(", ") + `  (spacing R ${pct(mean(ours[si]!.map((x) => x.r)))}, P ${pct(mean(ours[si]!.map((x) => x.p)))})`);
  }
}

await main();
