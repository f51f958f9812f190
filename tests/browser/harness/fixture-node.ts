import { readFileSync } from "node:fs";
import type { FigmaFake } from "../../fakes/figma/index.js";
import { pngSize } from "./scripted-main.js";

/**
 * Puts a frame on the fake page whose `exportAsync` returns a corpus PNG (rendered at `scale`)
 * instead of the fake's generated image, so the real main thread exports real UI pixels.
 * The frame's size is the PNG's size at 1x, so Figma's export math stays consistent.
 */
export function addFixtureFrame(fake: FigmaFake, name: string, png: string, scale: number) {
  const bytes = new Uint8Array(readFileSync(png));
  const { width, height } = pngSize(bytes);
  const node = fake.addNode({ type: "FRAME", name, width: width / scale, height: height / scale });
  const exportSizes: { scale?: number }[] = [];
  node.exportAsync = async (settings?: ExportSettingsImage) => {
    const c = settings?.constraint;
    exportSizes.push({ scale: c?.type === "SCALE" ? c.value : undefined });
    return bytes.slice();
  };
  return { node, exportSizes };
}
