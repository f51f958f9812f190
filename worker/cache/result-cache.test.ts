import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ExtractResponse } from "../../shared/contract/extract.js";
import { isCacheable, readCachedResultAsync, resultCacheKeyAsync, writeCachedResultAsync } from "./result-cache.js";

const base = {
  frameHashes: ["a".repeat(64)],
  options: { frames: [], types: ["color", "spacing"] as ("color" | "spacing")[], maxColors: 32, naming: "auto" as const },
  namingPlan: "heuristic",
  pipelineVersion: "1",
};

const result = (warnings: ExtractResponse["naming"]["warnings"]): ExtractResponse => ({
  version: "1",
  colors: [],
  spacing: [],
  gradients: [],
  baseUnit: null,
  modes: ["Default"],
  frames: [{ id: "abcd", name: "Hero", width: 10, height: 10, scale: 1, scaleSource: "given", photos: 0 }],
  naming: { source: "heuristic", model: null, warnings },
  usage: null,
  cache: "miss",
  requestId: "req-1",
});

describe("result cache", () => {
  it("keys on frame bytes, options, naming plan and pipeline version", async () => {
    const key = await resultCacheKeyAsync(base);
    expect(key).toMatch(/^result:[0-9a-f]{64}$/);
    expect(await resultCacheKeyAsync({ ...base })).toBe(key);
    expect(await resultCacheKeyAsync({ ...base, pipelineVersion: "2" })).not.toBe(key);
    expect(await resultCacheKeyAsync({ ...base, namingPlan: "claude:claude-haiku-4-5" })).not.toBe(key);
    expect(await resultCacheKeyAsync({ ...base, frameHashes: ["b".repeat(64)] })).not.toBe(key);
    expect(await resultCacheKeyAsync({ ...base, options: { ...base.options, maxColors: 8 } })).not.toBe(key);
  });

  it("caches only results whose naming did what the configuration asked", () => {
    expect(isCacheable(result([]))).toBe(true);
    expect(isCacheable(result([{ code: "claude_not_configured", message: "" }]))).toBe(true);
    expect(isCacheable(result([{ code: "claude_disabled", message: "" }]))).toBe(true);
    for (const code of ["claude_timeout", "claude_overloaded", "claude_budget_exhausted", "claude_circuit_open", "claude_invalid_output", "claude_partial"] as const) {
      expect(isCacheable(result([{ code, message: "" }]))).toBe(false);
    }
  });

  it("round-trips through real KV without request-specific fields, and treats junk as a miss", async () => {
    const key = `result:test-${Date.now()}`;
    await writeCachedResultAsync(env.CACHE, key, result([]), 120);
    const read = await readCachedResultAsync(env.CACHE, key);
    expect(read?.frames[0].name).toBe("Hero");
    expect(read?.requestId).toBeUndefined();
    await env.CACHE.put(`${key}-junk`, "{not json");
    expect(await readCachedResultAsync(env.CACHE, `${key}-junk`)).toBeNull();
    expect(await readCachedResultAsync(env.CACHE, `${key}-absent`)).toBeNull();
  });
});
