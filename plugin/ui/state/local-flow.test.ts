import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { RpcClient } from "../../../shared/protocol/rpc.js";
import type { Settings } from "../../../shared/protocol/endpoints.js";
import type { FrameProgress } from "./extract-flow.js";
import { runLocalExtractionAsync } from "./local-flow.js";

const png = new Uint8Array(readFileSync("tests/fixtures/corpus/brand-board@1x.png"));
const rpc = {
  callAsync: async (method: string) => {
    if (method !== "export-frames") throw new Error(`unexpected ${method}`);
    return { frames: [{ nodeId: "1:2", name: "Brand board", scale: 1, thumbnail: png, tiles: [{ png, x: 0, y: 0, width: 1200, height: 800 }] }] };
  },
} as unknown as RpcClient;
const settings: Settings = { backendUrl: "http://x", accessKey: "", exportScale: 1, namingStyle: "semantic", collectionName: "Copy That", clientId: "" };

describe("runLocalExtractionAsync (the shared pipeline in the plugin, no backend)", () => {
  it("measures the exported frame with heuristic names and reports progress to done", async () => {
    const seen: FrameProgress[][] = [];
    const { response } = await runLocalExtractionAsync({ rpc, settings, ids: ["1:2"], modes: {}, signal: new AbortController().signal, onFrames: () => undefined, onProgress: (l) => seen.push(l) });
    const hexes = response.colors.map((c) => c.hex);
    for (const hex of ["#e4572e", "#29335c", "#f3a712", "#669bbc", "#4b7f52"]) expect(hexes).toContain(hex);
    expect(response.naming.source).toBe("heuristic");
    expect(response.requestId).toMatch(/^local-/);
    expect(seen.at(-1)).toEqual([expect.objectContaining({ stage: "done", value: 1 })]);
    expect(seen.some((l) => l[0].stage === "decoded")).toBe(true);
  });
  it("stops with a typed aborted error when cancelled", async () => {
    const controller = new AbortController();
    const run = runLocalExtractionAsync({ rpc, settings, ids: ["1:2"], modes: {}, signal: controller.signal, onFrames: () => controller.abort(), onProgress: () => undefined });
    await expect(run).rejects.toMatchObject({ kind: "aborted" });
  });
});
