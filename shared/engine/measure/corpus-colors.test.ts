import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { differenceCiede2000 } from "culori";
import { describe, expect, it } from "vitest";
import { decodePng } from "../decode/decode-png.js";
import { measureFrame } from "./measure-frame.js";
import type { CorpusTruth } from "../../../tests/fixtures/truth.js";

/** Colors, photos and gradients on the fixture corpus (tests/fixtures/corpus), both scales. */
const corpus = join(import.meta.dirname, "../../../tests/fixtures/corpus");
const de = differenceCiede2000();
const pages = readdirSync(corpus)
  .filter((f) => f.endsWith(".truth.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(corpus, f), "utf8")) as CorpusTruth);

describe("measureFrame on the fixture corpus", () => {
  it.each(pages.flatMap((t) => [1, 2].map((scale) => [`${t.name}@${scale}x`, t, scale] as const)))("%s: truth colors found, nothing invented", (_, truth, scale) => {
    const image = decodePng(new Uint8Array(readFileSync(join(corpus, `${truth.name}@${scale}x.png`))));
    const m = measureFrame(image, { frameId: truth.name, scale, types: ["color"] });
    const found = m.colors.map((c) => c.hex);
    const near = (list: string[], c: string, d: number): boolean => list.some((x) => de(x, c) <= d);
    expect([...truth.fills, ...truth.borders].filter((c) => !near(found, c, 2))).toEqual([]);
    expect(truth.text.filter((c) => !near(found, c, 2))).toEqual([]);
    const allTruth = [...truth.fills, ...truth.borders, ...truth.text, ...truth.gradients.flatMap((g) => g.stops)];
    expect(found.filter((c) => !near(allTruth, c, 5))).toEqual([]);
    // Near-duplicates: a pair closer than ΔE2000 1 is allowed only when both are real tokens of the page
    // (e.g. #ffffff and #fdfdfd, ΔE 0.4, are both in the settings-10 palette).
    const exact = new Set(allTruth);
    for (let i = 0; i < found.length; i++)
      for (let j = i + 1; j < found.length; j++)
        if (!(exact.has(found[i]!) && exact.has(found[j]!))) expect(de(found[i]!, found[j]!)).toBeGreaterThanOrEqual(1);
    expect(m.frame.photos).toBe(truth.photos);
    expect(m.gradients).toHaveLength(truth.gradients.length);
  });
});
