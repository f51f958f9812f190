import { describe, expect, it } from "vitest";
import { assemble, makePng } from "./helpers/make-png.js";
import { zlibSync } from "fflate";
import { newClient, postFrames } from "./helpers/requests.js";

/** Deterministic PRNG (mulberry32) so a failure is reproducible from its seed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A raw (filtered) 24×16 RGBA scanline buffer with random filter bytes and pixels. */
function rawImage(rand: () => number, width: number, height: number): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let i = 0; i < raw.length; i++) raw[i] = Math.floor(rand() * 256);
  for (let y = 0; y < height; y++) raw[y * (1 + width * 4)] = Math.floor(rand() * 7); // filter 0..6 (5, 6 invalid)
  return raw;
}

describe("fuzzed PNGs through the Worker", () => {
  it("answers 200, 413 or 422 (never 500) for structurally valid PNGs with hostile image data", async () => {
    const client = newClient("fuzz");
    const statuses = new Map<number, number>();
    for (let batch = 0; batch < 6; batch++) {
      const frames: Uint8Array[] = [];
      for (let i = 0; i < 8; i++) {
        const rand = rng(batch * 100 + i + 1);
        const width = 1 + Math.floor(rand() * 24);
        const height = 1 + Math.floor(rand() * 16);
        const kind = i % 4;
        if (kind === 0) frames.push(assemble(width, height, zlibSync(rawImage(rand, width, height))));
        else if (kind === 1) frames.push(assemble(width, height, zlibSync(rawImage(rand, width, height).subarray(0, Math.floor(rand() * width * height)))));
        else if (kind === 2) {
          const data = zlibSync(rawImage(rand, width, height));
          for (let k = 0; k < 3; k++) data[2 + Math.floor(rand() * (data.length - 2))] ^= 1 << Math.floor(rand() * 8);
          frames.push(assemble(width, height, data));
        } else frames.push(makePng(width, height, () => [Math.floor(rand() * 256), Math.floor(rand() * 256), Math.floor(rand() * 256), Math.floor(rand() * 256)]));
      }
      // One request per frame keeps each answer attributable.
      for (const [i, frame] of frames.entries()) {
        const res = await postFrames([frame], { naming: "heuristic" }, { client });
        const text = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect([200, 413, 422], `batch ${batch} frame ${i}: ${res.status} ${text.slice(0, 200)}`).toContain(res.status);
      }
    }
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(statuses.get(422)).toBeGreaterThan(0);
  });
});
