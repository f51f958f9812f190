import { afterEach, describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { RpcError } from "../../shared/protocol/rpc";
import { exportFrameAsync } from "../../plugin/main/export-frames";
import { createFigmaFake, pngSize } from "../fakes/figma";
import { startFake } from "./helpers";

let running: ReturnType<typeof startFake> | undefined;
afterEach(() => running?.stop());

describe("export-frames", () => {
  it("exports the selection as sRGB PNG at the requested scale, with a small thumbnail and the mode", async () => {
    const { fake, client } = (running = startFake());
    const frame = fake.addNode({ type: "FRAME", name: "Home", width: 360, height: 200 });
    fake.select([frame]);
    const { frames } = await client.callAsync("export-frames", { scale: 2, modes: { [frame.id]: "Dark" } });
    expect(frames).toHaveLength(1);
    const [out] = frames;
    expect(out).toMatchObject({ nodeId: frame.id, name: "Home", scale: 2, mode: "Dark", width: 360, height: 200 });
    expect(out.tiles).toEqual([{ png: expect.any(Uint8Array), x: 0, y: 0, width: 720, height: 400 }]);
    const decoded = PNG.sync.read(Buffer.from(out.tiles[0].png));
    expect([decoded.width, decoded.height]).toEqual([720, 400]);
    expect(fake.log.exports[0].settings).toEqual({ format: "PNG", constraint: { type: "SCALE", value: 2 }, colorProfile: "SRGB" });
    expect(fake.log.exports[1].settings).toEqual({ format: "PNG", constraint: { type: "WIDTH", value: 240 }, colorProfile: "SRGB" });
    expect(pngSize(out.thumbnail)).toEqual({ width: 240, height: 133 });
  });

  it("exports by id with getNodeByIdAsync and refuses missing or non-exportable nodes with typed errors", async () => {
    const { fake, client } = (running = startFake());
    const a = fake.addNode({ type: "COMPONENT", width: 50, height: 50 });
    const text = fake.addNode({ type: "TEXT", name: "Label", width: 50, height: 10 });
    const { frames } = await client.callAsync("export-frames", { scale: 1, ids: [a.id] });
    expect(frames[0].tiles[0]).toMatchObject({ width: 50, height: 50 });
    expect(fake.log.calls.getNodeByIdAsync).toBe(1);
    await expect(client.callAsync("export-frames", { scale: 1, ids: ["404:1"] })).rejects.toMatchObject({ code: "node_not_found" });
    await expect(client.callAsync("export-frames", { scale: 1, ids: [text.id] })).rejects.toMatchObject({ code: "not_exportable" });
    await expect(client.callAsync("export-frames", { scale: 1 })).rejects.toMatchObject({ code: "empty_selection" });
  });

  it("get-thumbnails: small sRGB previews of exportable nodes only, missing ids skipped", async () => {
    const { fake, client } = (running = startFake());
    const tall = fake.addNode({ type: "FRAME", name: "Feed", width: 390, height: 1600 });
    const text = fake.addNode({ type: "TEXT", name: "Label", width: 50, height: 10 });
    const { thumbnails } = await client.callAsync("get-thumbnails", { ids: [tall.id, text.id, "404:1"] });
    expect(thumbnails.map((t) => t.nodeId)).toEqual([tall.id]);
    expect(fake.log.exports).toHaveLength(1);
    expect(fake.log.exports[0].settings).toEqual({ format: "PNG", constraint: { type: "HEIGHT", value: 240 }, colorProfile: "SRGB" });
    expect(pngSize(thumbnails[0].png).height).toBe(240);
    await expect(client.callAsync("get-thumbnails", { ids: Array.from({ length: 101 }, (_, i) => `${i}:1`) })).rejects.toBeTruthy();
  });

  it("reports Figma's export failure as export_failed", async () => {
    const { fake, client } = (running = startFake());
    fake.select([fake.addNode({ type: "FRAME", name: "Broken", width: 10, height: 10, exportError: "Render failed" })]);
    const error = await client.callAsync("export-frames", { scale: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ code: "export_failed", message: expect.stringContaining("Broken") });
  });

  it("lowers the scale so a wide frame's long edge stays within 8000 px", async () => {
    const { fake, client } = (running = startFake());
    fake.select([fake.addNode({ type: "FRAME", width: 5000, height: 100 })]);
    const { frames } = await client.callAsync("export-frames", { scale: 2 });
    expect(frames[0]).toMatchObject({ scale: 1, scaleReduced: true });
    expect(frames[0].tiles[0]).toMatchObject({ width: 5000, height: 100 });
  });

  it("exports a very tall frame as bands through temporary slices, with exact offsets, and removes the slices", async () => {
    const fake = createFigmaFake();
    const node = fake.addNode({ type: "FRAME", width: 100, height: 1000, x: 40, y: 300 });
    const limits = { maxSide: 8000, maxArea: 100 * 2 * 600, maxFrameArea: 10_000_000 };
    const frame = await exportFrameAsync(fake.figma, node, 2, undefined, limits);
    expect(frame.scale).toBe(2);
    expect(frame.tiles.map(({ x, y, width, height }) => ({ x, y, width, height }))).toEqual([
      { x: 0, y: 0, width: 200, height: 600 },
      { x: 0, y: 600, width: 200, height: 600 },
      { x: 0, y: 1200, width: 200, height: 600 },
      { x: 0, y: 1800, width: 200, height: 200 },
    ]);
    for (const t of frame.tiles) expect(pngSize(t.png)).toEqual({ width: t.width, height: t.height });
    expect(fake.log.exports.filter((e) => e.type === "SLICE").map((e) => e.settings?.colorProfile)).toEqual(["SRGB", "SRGB", "SRGB", "SRGB"]);
    expect(fake.liveSlices()).toEqual([]);
  });

  it("removes the slice even when a band fails to export", async () => {
    const fake = createFigmaFake();
    const node = fake.addNode({ type: "FRAME", width: 100, height: 1000 });
    const limits = { maxSide: 8000, maxArea: 100 * 300, maxFrameArea: 10_000_000 };
    const original = fake.figma.createSlice;
    fake.figma.createSlice = () => {
      const slice = original();
      slice.exportAsync = async () => Promise.reject(new Error("boom"));
      return slice;
    };
    await expect(exportFrameAsync(fake.figma, node, 1, undefined, limits)).rejects.toMatchObject({ code: "export_failed" });
    expect(fake.liveSlices()).toEqual([]);
  });
});

describe("fake export bytes", () => {
  it("can return a corpus fixture instead of the generated PNG", async () => {
    const { readFileSync } = await import("node:fs");
    const fixture = new Uint8Array(readFileSync("tests/fixtures/corpus/brand-board@2x.png"));
    const fake = createFigmaFake();
    const node = fake.addNode({ type: "FRAME", width: pngSize(fixture).width / 2, height: pngSize(fixture).height / 2, png: (size) => (size.width === pngSize(fixture).width ? fixture : new Uint8Array(0)) });
    const frame = await exportFrameAsync(fake.figma, node, 2);
    expect(frame.tiles[0].png).toBe(fixture);
    expect(frame.tiles[0]).toMatchObject(pngSize(fixture));
  });
});
