import { describe, expect, it } from "vitest";
import { priceForModel, UNKNOWN_MODEL_PRICE, usageFromApi } from "../../../worker/naming/pricing.js";

describe("pricing", () => {
  it("matches aliases and dated snapshots, longest key first", () => {
    expect(priceForModel("claude-haiku-4-5").price).toEqual({ input: 1, output: 5 });
    expect(priceForModel("claude-haiku-4-5-20251001")).toMatchObject({ known: true, price: { input: 1 } });
    expect(priceForModel("claude-sonnet-5-5").price.input).toBe(2);
    expect(priceForModel("claude-opus-5-5").price.input).toBe(4); // not claude-opus-5
  });

  it("prices an unknown model at the most expensive listed rate", () => {
    expect(priceForModel("claude-future-9")).toEqual({ price: UNKNOWN_MODEL_PRICE, known: false });
  });

  it("computes usage with cache writes (1.25×) and reads (0.1×)", () => {
    const u = usageFromApi("claude-haiku-4-5", { input_tokens: 1000, output_tokens: 200, cache_creation_input_tokens: 2000, cache_read_input_tokens: 10_000 });
    expect(u.inputTokens).toBe(13_000);
    expect(u.outputTokens).toBe(200);
    // 1000·1 + 2000·1.25 + 10000·0.1 + 200·5 = 5500 per million
    expect(u.estimatedUsd).toBeCloseTo(0.0055, 8);
  });

  it("switches Haiku 5.5 to its long-context rate above 100k prompt tokens", () => {
    expect(usageFromApi("claude-haiku-5-5", { input_tokens: 10_000, output_tokens: 1_000 }).estimatedUsd).toBeCloseTo(0.0015, 8);
    expect(usageFromApi("claude-haiku-5-5", { input_tokens: 200_000, output_tokens: 1_000 }).estimatedUsd).toBeCloseTo(0.1025, 8);
  });
});
