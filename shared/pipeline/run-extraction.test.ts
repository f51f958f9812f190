import { describe, expect, it } from "vitest";
import { ExtractOptionsSchema, ExtractResponseSchema, type ProgressEvent } from "../contract/extract.js";
import { EngineError } from "../engine/errors.js";
import { canvas, drawGlyphs, fillRect } from "../engine/measure/synthetic.test-util.js";
import { encodeRgbaPng } from "../engine/png/encode-png.js";
import { PIPELINE_VERSION } from "../engine/version.js";
import { runExtractionAsync } from "./run-extraction.js";
import type { Namer } from "./types.js";

function page(primary: string): Uint8Array {
  const img = canvas(240, 160, "#ffffff");
  fillRect(img, 20, 20, 120, 60, primary);
  drawGlyphs(img, 20, 90, 12, 14, "#111827");
  return encodeRgbaPng(img);
}
const opts = (o: object = {}) => ExtractOptionsSchema.parse(o);

describe("runExtractionAsync", () => {
  it("measures, merges and names heuristically with a warning when no namer is configured", async () => {
    const events: ProgressEvent[] = [];
    const bytes = [page("#2563eb"), page("#2563eb")];
    const res = await runExtractionAsync(bytes.map((b, i) => ({ bytes: b, options: { name: `F${i}` } })), opts(), { onProgress: (e) => void events.push(e) });
    expect(ExtractResponseSchema.parse(res)).toBeTruthy();
    expect(res.version).toBe(PIPELINE_VERSION);
    expect(res.cache).toBe("miss");
    expect(res.colors.map((c) => c.hex).sort()).toEqual(["#111827", "#2563eb", "#ffffff"]);
    expect(res.naming).toMatchObject({ source: "heuristic", model: null, warnings: [{ code: "claude_not_configured" }] });
    expect(res.frames.map((f) => f.name)).toEqual(["F0", "F1"]);
    expect(res.frames[0]!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(res.frames[0]!.id).toBe(res.frames[1]!.id);
    expect(events.map((e) => `${e.stage}:${e.frame}`)).toEqual([
      "received:0", "validated:0", "decoded:0", "measured:0",
      "received:1", "validated:1", "decoded:1", "measured:1",
      "naming:null", "merged:null",
    ]);
    expect(events.at(-1)).toEqual({ stage: "merged", frame: null, done: 2, total: 2 });
  });

  it("naming: heuristic never calls the namer and warns claude_disabled", async () => {
    let called = false;
    const namer: Namer = async (input) => ((called = true), { tokens: input.tokens, naming: { source: "claude", model: "m", warnings: [] }, usage: null });
    const res = await runExtractionAsync([{ bytes: page("#16a34a"), options: {} }], opts({ naming: "heuristic" }), { namer });
    expect(called).toBe(false);
    expect(res.naming.warnings.map((w) => w.code)).toEqual(["claude_disabled"]);
  });

  it("a namer can rename but never changes measured values or drops tokens", async () => {
    const namer: Namer = async ({ tokens }) => ({
      tokens: {
        ...tokens,
        colors: [
          ...tokens.colors.slice(1).map((c) => ({ ...c, name: `color/x-${c.hex.slice(1)}`, hex: "#000000", description: "renamed" })),
          { ...tokens.colors[0]!, id: "invented" },
        ],
      },
      naming: { source: "claude", model: "claude-test", warnings: [] },
      usage: { inputTokens: 10, outputTokens: 5, estimatedUsd: 0.001 },
    });
    const plain = await runExtractionAsync([{ bytes: page("#2563eb"), options: {} }], opts({ naming: "heuristic" }));
    const res = await runExtractionAsync([{ bytes: page("#2563eb"), options: {} }], opts(), { namer });
    expect(res.colors.map((c) => [c.id, c.hex])).toEqual(plain.colors.map((c) => [c.id, c.hex]));
    expect(res.colors[0]!.name).toBe(plain.colors[0]!.name);
    expect(res.colors[1]!.name).toBe(`color/x-${plain.colors[1]!.hex.slice(1)}`);
    expect(res.colors[1]!.description).toBe("renamed");
    expect(res.naming.source).toBe("claude");
    expect(res.naming.warnings.map((w) => w.code)).toEqual(["claude_partial"]);
    expect(res.usage).toEqual({ inputTokens: 10, outputTokens: 5, estimatedUsd: 0.001 });
  });

  it("a throwing namer falls back to heuristic names with claude_error", async () => {
    const namer: Namer = async () => {
      throw new Error("boom");
    };
    const res = await runExtractionAsync([{ bytes: page("#2563eb"), options: {} }], opts(), { namer });
    expect(res.naming).toMatchObject({ source: "heuristic", warnings: [{ code: "claude_error" }] });
    expect(res.colors.length).toBe(3);
  });

  it("an engine error carries the index of the failing frame", async () => {
    const bad = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const err = await runExtractionAsync([{ bytes: page("#2563eb"), options: {} }, { bytes: bad, options: {} }], opts()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).frame).toBe(1);
    expect((err as EngineError).code).toBe("not_png");
  });
});
