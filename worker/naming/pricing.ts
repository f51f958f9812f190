import type { Usage } from "../../shared/contract/extract.js";

/** USD per million tokens. `longContext` applies when the prompt exceeds `longContextFrom` tokens. */
export interface ModelPrice {
  input: number;
  output: number;
  longContext?: { from: number; input: number; output: number };
}

/**
 * List prices of the Claude API (platform.claude.com model pages, checked 2026-11-30).
 * Keyed by model alias; dated snapshot ids (`claude-haiku-4-5-20251001`) match their alias by prefix.
 * Cache writes are billed at 1.25× input, cache reads at 0.1× input.
 */
export const MODEL_PRICES: Readonly<Record<string, ModelPrice>> = {
  "claude-haiku-5-5": { input: 0.1, output: 0.5, longContext: { from: 100_000, input: 0.5, output: 2.5 } },
  "claude-haiku-4-5": { input: 1, output: 5 },
  "claude-sonnet-5-5": { input: 2, output: 10 },
  "claude-sonnet-5": { input: 2, output: 10 },
  "claude-sonnet-4-6": { input: 3, output: 15 },
  "claude-sonnet-4-5": { input: 3, output: 15 },
  "claude-opus-5-5": { input: 4, output: 20 },
  "claude-opus-5": { input: 5, output: 25 },
  "claude-opus-4-8": { input: 5, output: 25 },
  "claude-opus-4-7": { input: 5, output: 25 },
  "claude-opus-4-6": { input: 5, output: 25 },
  "claude-opus-4-5": { input: 5, output: 25 },
  "claude-fable-5-1": { input: 10, output: 50 },
};

/** Used for a model missing from the table: the most expensive listed price, so budgets err on the safe side. */
export const UNKNOWN_MODEL_PRICE: ModelPrice = { input: 10, output: 50 };

/** The price of a model id (alias or dated snapshot); unknown ids get {@link UNKNOWN_MODEL_PRICE}. */
export function priceForModel(model: string): { price: ModelPrice; known: boolean } {
  const id = model.trim().toLowerCase();
  const key = Object.keys(MODEL_PRICES)
    .filter((k) => id === k || id.startsWith(`${k}-`))
    .sort((a, b) => b.length - a.length)[0];
  return key ? { price: MODEL_PRICES[key], known: true } : { price: UNKNOWN_MODEL_PRICE, known: false };
}

/** The usage block of a Messages API response (fields as the API names them). */
export interface ApiUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
}

/** Converts an API usage block into the contract's `Usage`, with the estimated cost at list price. */
export function usageFromApi(model: string, usage: ApiUsage): Usage {
  const { price } = priceForModel(model);
  const plain = Math.max(0, usage.input_tokens || 0);
  const write = Math.max(0, usage.cache_creation_input_tokens || 0);
  const read = Math.max(0, usage.cache_read_input_tokens || 0);
  const output = Math.max(0, usage.output_tokens || 0);
  const prompt = plain + write + read;
  const tier = price.longContext && prompt > price.longContext.from ? price.longContext : price;
  const usd = (plain * tier.input + write * tier.input * 1.25 + read * tier.input * 0.1 + output * tier.output) / 1_000_000;
  return { inputTokens: prompt, outputTokens: output, estimatedUsd: Math.round(usd * 1e8) / 1e8 };
}
