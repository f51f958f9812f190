import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import type { FigmaFake } from "../../fakes/figma/index.js";
import { pngSize } from "./scripted-main.js";

/**
 * Puts a frame on the fake page whose exports are a corpus PNG (rendered at `scale`), so the real
 * main thread exports real UI pixels. The frame's size is the PNG's size at 1x. An export at the
 * fixture's scale returns its exact bytes; any other size (the thumbnail) a nearest-neighbour resample.
 */
export function addFixtureFrame(fake: FigmaFake, name: string, png: string, scale: number) {
  const bytes = new Uint8Array(readFileSync(png));
  const { width, height } = pngSize(bytes);
  return fake.addNode({
    type: "FRAME",
    name,
    width: width / scale,
    height: height / scale,
    png: (size) => (size.width === width && size.height === height ? bytes.slice() : resample(bytes, size.width, size.height)),
  });
}

function resample(bytes: Uint8Array, w: number, h: number): Uint8Array {
  const src = PNG.sync.read(Buffer.from(bytes));
  const out = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const s = (Math.floor((y * src.height) / h) * src.width + Math.floor((x * src.width) / w)) * 4;
      src.data.copy(out.data, (y * w + x) * 4, s, s + 4);
    }
  }
  return new Uint8Array(PNG.sync.write(out));
}
