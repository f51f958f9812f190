import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import type { RgbaImage } from "../../types.js";
import { measureSpacing } from "./measure-spacing.js";

/** Spacing accuracy on the fixture corpus (tests/fixtures/corpus): floors we actually reach. */
const corpus = join(import.meta.dirname, "../../../../tests/fixtures/corpus");
/** Pages with a known, documented limitation, left out of the floors (none at the moment). */
const KNOWN_LIMITS = new Set<string>([]);
const pages = readdirSync(corpus)
  .filter((f) => f.endsWith(".truth.json") && !KNOWN_LIMITS.has(f.replace(".truth.json", "")))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(corpus, f), "utf8")) as { name: string; spacing: number[]; baseUnit: number });

function load(name: string, scale: number): RgbaImage {
  const png = PNG.sync.read(readFileSync(join(corpus, `${name}@${scale}x.png`)));
  return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length) };
}

describe("measureSpacing on the fixture corpus", () => {
  const rows = pages.flatMap((page) =>
    [1, 2].map((scale) => {
      const image = load(page.name, scale);
      const given = measureSpacing(image, { scale });
      const blind = measureSpacing(image);
      const got = given.spacing.map((s) => s.px);
      return { page, scale, got, base: given.baseUnit, inferred: blind.scale, hits: page.spacing.filter((v) => got.includes(v)).length };
    }),
  );

  it("recalls ≥ 92 % of truth spacing values with ≥ 97 % precision (scale given)", () => {
    const truth = rows.reduce((n, r) => n + r.page.spacing.length, 0);
    const found = rows.reduce((n, r) => n + r.got.length, 0);
    const hits = rows.reduce((n, r) => n + r.hits, 0);
    expect(hits / truth).toBeGreaterThanOrEqual(0.92);
    expect(hits / found).toBeGreaterThanOrEqual(0.97);
  });

  it("gives the same values at 1x and 2x", () => {
    for (const page of pages) {
      const [one, two] = rows.filter((r) => r.page === page);
      expect(two!.got, page.name).toEqual(one!.got);
    }
  });

  it("infers the page's base unit", () => {
    const right = rows.filter((r) => r.base === r.page.baseUnit).length;
    expect(right).toBeGreaterThanOrEqual(rows.length - 1);
  });

  it("never infers 2x on a 1x page, and does on most 2x pages", () => {
    expect(rows.filter((r) => r.scale === 1 && r.inferred !== 1)).toEqual([]);
    expect(rows.filter((r) => r.scale === 2 && r.inferred === 2).length).toBeGreaterThanOrEqual(4);
  });
});
