import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { decodePng } from "./decode-png.js";
import { validatePng } from "../validate/validate-png.js";

const CORPUS = "tests/fixtures/corpus";
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith("@1x.png")) : [];

describe.skipIf(files.length === 0)("decodePng on the fixture corpus", () => {
  it.each(files)("%s decodes to exactly the pixels pngjs (zlib) gives", (file) => {
    const bytes = new Uint8Array(readFileSync(`${CORPUS}/${file}`));
    const header = validatePng(bytes);
    const img = decodePng(bytes);
    expect([img.width, img.height]).toEqual([header.width, header.height]);
    expect(Buffer.from(img.data).equals(PNG.sync.read(Buffer.from(bytes)).data)).toBe(true);
  });
});
