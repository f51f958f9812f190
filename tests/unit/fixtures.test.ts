import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { CorpusTruth } from "../fixtures/truth.js";

const corpus = join(import.meta.dirname, "../fixtures/corpus");
const HEX = /^#[0-9a-f]{6}$/;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Reads width/height straight from the IHDR chunk (bytes 16..23). */
function ihdrSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}


const truthFiles = readdirSync(corpus).filter((f) => f.endsWith(".truth.json")).sort();

describe("fixture corpus", () => {
  it("has at least 8 pages and stays under 12 MB", () => {
    expect(truthFiles.length).toBeGreaterThanOrEqual(8);
    const bytes = readdirSync(corpus).filter((f) => f.endsWith(".png")).reduce((n, f) => n + readFileSync(join(corpus, f)).length, 0);
    expect(bytes).toBeLessThan(12 * 1024 * 1024);
  });

  it.each(truthFiles)("%s is well-formed truth with its PNGs", (file) => {
    const truth = JSON.parse(readFileSync(join(corpus, file), "utf8")) as CorpusTruth;
    expect(file).toBe(`${truth.name}.truth.json`);
    expect(Number.isInteger(truth.width) && truth.width > 0).toBe(true);
    expect(Number.isInteger(truth.height) && truth.height > 0).toBe(true);
    for (const hex of [truth.background, ...truth.fills, ...truth.borders, ...truth.text, ...truth.gradients.flatMap((g) => g.stops)]) expect(hex).toMatch(HEX);
    expect(truth.fills).toContain(truth.background);
    for (const list of [truth.fills, truth.borders, truth.text]) expect(new Set(list).size).toBe(list.length);
    for (const g of truth.gradients) {
      expect(g.stops.length).toBeGreaterThanOrEqual(2);
      expect(typeof g.angle).toBe("number");
    }
    expect(Number.isInteger(truth.photos) && truth.photos >= 0).toBe(true);
    expect(truth.spacing.length).toBeGreaterThan(0);
    expect(truth.spacing).toEqual([...new Set(truth.spacing)].sort((a, b) => a - b));
    expect(truth.baseUnit).toBeGreaterThan(0);
    for (const px of truth.spacing) expect(px % truth.baseUnit, `${px} on base ${truth.baseUnit}`).toBe(0);
    for (const [scale, suffix] of [[1, "@1x.png"], [2, "@2x.png"]] as const) {
      const path = join(corpus, truth.name + suffix);
      expect(existsSync(path), path).toBe(true);
      expect(ihdrSize(readFileSync(path))).toEqual({ width: truth.width * scale, height: truth.height * scale });
    }
  });
});
