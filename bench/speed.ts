/**
 * npm run bench:speed [-- --runs N] — decode speed and memory of the engine's PNG decoder, with
 * baselines measured in the same run, and the full analysis (measureFrame) time relative to decode.
 *
 * Files: the fixture corpus at 1440×900 and 2880×1800 (tests/fixtures/corpus; synthetic UI frames
 * when absent) plus a synthetic frame at the largest accepted size (DEFAULT_LIMITS.maxPixels).
 * Time: median of N runs in this process (after one warm-up run).
 * Memory: each case runs once in a fresh `node --expose-gc` child: after loading everything and
 * reading the file, gc(), reset the kernel's peak-RSS mark (`5` → /proc/self/clear_refs) and record
 * RSS; after the work, peak RSS growth = VmHWM (/proc/self/status) − RSS before. That is the real
 * peak of the whole process during the work (JS heap, array buffers, allocator/GC slack).
 * (getrusage maxRSS is useless here: Linux carries it over from the parent across exec.)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import { decode as fastPngDecode } from "fast-png";
import * as engine from "../shared/engine/index.js";
import { encodeRgbaPng } from "../shared/engine/png/encode-png.js";
import type { MeasureOptions, FrameMeasurement, RgbaImage } from "../shared/engine/types.js";

type Op = "ours" | "ours+measure" | "pngjs" | "fast-png";
const CORPUS = "tests/fixtures/corpus";
const CACHE = "node_modules/.cache/bench-speed";
const MB = 1024 * 1024;
const TARGET_PEAK_MB = 96;

const measureFrame = (engine as Record<string, unknown>).measureFrame as
  | ((image: RgbaImage, options: MeasureOptions) => FrameMeasurement)
  | undefined;

function run(op: Op, bytes: Uint8Array): unknown {
  switch (op) {
    case "ours":
      return engine.decodePng(bytes);
    case "ours+measure":
      return measureFrame!(engine.decodePng(bytes), { frameId: "bench" });
    case "pngjs":
      return PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    case "fast-png":
      return fastPngDecode(bytes);
  }
}

/** Child mode: run one op once and print memory figures as JSON. */
function child(op: Op, file: string): void {
  const bytes = new Uint8Array(readFileSync(file));
  engine.validatePng(bytes); // no warm-up decode: maxRSS is a lifetime peak
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  writeFileSync("/proc/self/clear_refs", "5");
  const before = process.memoryUsage();
  const result = run(op, bytes);
  const after = process.memoryUsage();
  const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))![1]) * 1024;
  console.log(JSON.stringify({ peakRss: hwm - before.rss, arrayBuffers: after.arrayBuffers - before.arrayBuffers, kept: !!result }));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function time(op: Op, bytes: Uint8Array, runs: number): number {
  run(op, bytes);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    run(op, bytes);
    t.push(performance.now() - s);
  }
  return median(t);
}

function memory(op: Op, file: string): { peakRss: number; arrayBuffers: number } | null {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ["--expose-gc", self, "--child", op, file], { encoding: "utf8" });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

/** A UI-like frame: page background, sidebar, cards with borders, text-like strokes, one gradient. */
function synthUi(width: number, height: number): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  const fill = (x0: number, y0: number, w: number, h: number, rgb: number) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
        const i = (y * width + x) * 4;
        data[i] = rgb >> 16;
        data[i + 1] = (rgb >> 8) & 255;
        data[i + 2] = rgb & 255;
        data[i + 3] = 255;
      }
    }
  };
  const u = Math.max(1, Math.round(width / 1440));
  fill(0, 0, width, height, 0xf8fafc);
  fill(0, 0, 240 * u, height, 0x111827);
  for (let r = 0; r * 180 * u < height; r++) {
    for (let c = 0; 264 * u + c * 320 * u < width; c++) {
      const x = 264 * u + c * 320 * u;
      const y = 24 * u + r * 180 * u;
      fill(x - u, y - u, 296 * u + 2 * u, 156 * u + 2 * u, 0xe2e8f0);
      fill(x, y, 296 * u, 156 * u, 0xffffff);
      fill(x + 16 * u, y + 16 * u, 120 * u, 12 * u, 0x0f172a);
      for (let l = 0; l < 4; l++) {
        for (let k = 0; k < 30; k++) fill(x + 16 * u + k * 8 * u, y + (48 + l * 20) * u, 5 * u, 9 * u, k % 3 ? 0x64748b : 0x6366f1);
      }
    }
  }
  for (let y = 0; y < 64 * u && y < height; y++) {
    for (let x = 240 * u; x < width; x++) {
      const i = (y * width + x) * 4;
      const t = (x - 240 * u) / Math.max(1, width - 240 * u);
      data[i] = 99 + t * (34 - 99);
      data[i + 1] = 102 + t * (211 - 102);
      data[i + 2] = 241 + t * (238 - 241);
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

function fileFor(name: string, width: number, height: number): string {
  const corpus = `${CORPUS}/${name}`;
  if (existsSync(corpus)) return corpus;
  mkdirSync(CACHE, { recursive: true });
  const path = `${CACHE}/synth-${width}x${height}.png`;
  if (!existsSync(path)) writeFileSync(path, encodeRgbaPng(synthUi(width, height)));
  return path;
}

function main(): void {
  const runsArg = process.argv.indexOf("--runs");
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
  const max = engine.DEFAULT_LIMITS.maxPixels;
  const maxW = 3840;
  const maxH = Math.floor(max / maxW);
  const files = [
    { label: "1440×900 UI", path: fileFor("dark-app@1x.png", 1440, 900) },
    { label: "2880×1800 UI", path: fileFor("dark-app@2x.png", 2880, 1800) },
    { label: "1440×900 heavy", path: fileFor("marketing@1x.png", 1440, 900) },
    { label: "2880×1800 heavy", path: fileFor("marketing@2x.png", 2880, 1800) },
    { label: `${maxW}×${maxH} max`, path: fileFor(`__none__`, maxW, maxH) },
  ];
  console.log(`bench:speed — median of ${runs} runs, Node ${process.version}; memory in a fresh child per case\n`);
  console.log("file              | KB    | ours ms | pngjs ms | fast-png ms | measure ms | measure/decode | ours peak RSS MB | +measure peak MB | pngjs peak MB | fast-png peak MB");
  console.log("------------------|-------|---------|----------|-------------|------------|----------------|------------------|------------------|---------------|-----------------");
  let largestPeak = 0;
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(f.path));
    const ours = time("ours", bytes, runs);
    const pngjs = time("pngjs", bytes, runs);
    const fast = time("fast-png", bytes, Math.max(3, runs >> 1));
    let measure = "n/a";
    let ratio = "n/a";
    if (measureFrame) {
      const img = engine.decodePng(bytes);
      measureFrame(img, { frameId: "bench" }); // one warm-up call, as time() gives the decoders
      const m = median(Array.from({ length: Math.max(3, runs >> 1) }, () => {
        const s = performance.now();
        measureFrame(img, { frameId: "bench" });
        return performance.now() - s;
      }));
      measure = m.toFixed(1);
      ratio = `${(m / ours).toFixed(2)}×`;
    }
    const mem = (op: Op) => {
      const r = op === "ours+measure" && !measureFrame ? null : memory(op, f.path);
      return r ? (r.peakRss / MB).toFixed(1) : "n/a";
    };
    const oursPeak = mem("ours");
    const fullPeak = mem("ours+measure");
    if (f.label.endsWith("max")) largestPeak = Math.max(Number(oursPeak), Number(fullPeak) || 0);
    console.log(
      [
        f.label.padEnd(17),
        String(Math.round(bytes.length / 1024)).padStart(5),
        ours.toFixed(1).padStart(7),
        pngjs.toFixed(1).padStart(8),
        fast.toFixed(1).padStart(11),
        measure.padStart(10),
        ratio.padStart(14),
        oursPeak.padStart(16),
        fullPeak.padStart(16),
        mem("pngjs").padStart(13),
        mem("fast-png").padStart(16),
      ].join(" | "),
    );
  }
  if (!measureFrame) console.log("\nanalysis: not available (measureFrame is not exported from shared/engine yet)");
  console.log(
    `\nlargest accepted frame (${maxW}×${maxH} = ${max} px, limit maxPixels): peak RSS growth ${largestPeak.toFixed(1)} MB ` +
      `(decode${measureFrame ? " + measure" : ""}) vs target < ${TARGET_PEAK_MB} MB → ${largestPeak < TARGET_PEAK_MB ? "OK" : "OVER"}`,
  );
  console.log("measure/decode = measureFrame time ÷ our decode time (target ≤ 1.5×).");
}

const childAt = process.argv.indexOf("--child");
if (childAt > 0) child(process.argv[childAt + 1] as Op, process.argv[childAt + 2]);
else main();
