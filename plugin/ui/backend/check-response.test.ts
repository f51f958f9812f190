import { describe, expect, it } from "vitest";
import { ExtractResponseSchema } from "../../../shared/contract/extract.js";
import { checkExtractResponse, checkProgressEvent } from "./check-response.js";

const color = { id: "c-1", hex: "#2563eb", name: "color/brand/primary", role: "primary", palette: "blue-600", coverage: 0.1, frames: [], usage: ["fill"] };
const valid = {
  version: "1", colors: [color], spacing: [{ id: "s-8", px: 8, name: "spacing/sm", count: 1, contexts: [], frames: [] }], gradients: [], baseUnit: 4, modes: ["Default"],
  frames: [], naming: { source: "claude", model: "m", warnings: [] }, usage: null, cache: "hit",
};

describe("checkExtractResponse (zod-free boundary check)", () => {
  it("accepts what the contract accepts", () => {
    expect(ExtractResponseSchema.safeParse(valid).success).toBe(true);
    expect(checkExtractResponse(valid).colors[0].hex).toBe("#2563eb");
  });
  it("rejects what the UI relies on being right: exact lowercase hex, valid names, positive px", () => {
    for (const bad of [
      { ...valid, colors: [{ ...color, hex: "#2563EB" }] },
      { ...valid, colors: [{ ...color, hex: "#fff" }] },
      { ...valid, colors: [{ ...color, name: "Brand Primary" }] },
      { ...valid, spacing: [{ ...valid.spacing[0], px: -8 }] },
      { ...valid, modes: [] },
      { ...valid, naming: { source: "gpt", warnings: [] } },
    ]) {
      expect(ExtractResponseSchema.safeParse(bad).success).toBe(false);
      expect(() => checkExtractResponse(bad)).toThrow(expect.objectContaining({ kind: "bad_response" }));
    }
  });
  it("accepts only well-formed progress events", () => {
    expect(checkProgressEvent({ stage: "decoded", frame: 0, done: 0, total: 1 })).not.toBeNull();
    expect(checkProgressEvent({ stage: "naming", frame: null, done: 1, total: 1 })).not.toBeNull();
    expect(checkProgressEvent({ stage: "baking", frame: 0, done: 0, total: 1 })).toBeNull();
    expect(checkProgressEvent({ stage: "decoded", frame: -1, done: 0, total: 1 })).toBeNull();
  });
});
