import type { Namer, NamerOutput } from "../../shared/pipeline/types.js";
import type { ExtractOptions } from "../../shared/contract/extract.js";
import type { Config } from "../config/read-config.js";
import type { Env } from "../config/env.js";
import { createClaudeNamer } from "../naming/claude-namer.js";

/** Which naming a request asks for, before budgets: part of the cache key. */
export function namingPlan(config: Config, options: ExtractOptions): string {
  return config.claudeConfigured && options.naming !== "heuristic" ? `claude:${config.CLAUDE_MODEL}` : "heuristic";
}

let cached: { signature: string; namer: Namer } | undefined;

/** The Claude namer, one per isolate and configuration (so its circuit breaker and client are shared). */
export function claudeNamerFor(env: Env, config: Config): Namer {
  const signature = JSON.stringify([env.ANTHROPIC_API_KEY, env.ANTHROPIC_BASE_URL, config.CLAUDE_MODEL, config.CLAUDE_TIMEOUT_MS]);
  if (cached?.signature !== signature) {
    cached = {
      signature,
      namer: createClaudeNamer({
        apiKey: env.ANTHROPIC_API_KEY ?? "",
        baseURL: env.ANTHROPIC_BASE_URL || undefined,
        model: config.CLAUDE_MODEL,
        timeoutMs: config.CLAUDE_TIMEOUT_MS,
      }),
    };
  }
  return cached.namer;
}

/** Heuristic naming (names already set by the engine) with a `claude_budget_exhausted` warning. */
export function budgetExhaustedNamer(scope: "client" | "global"): Namer {
  return async (input): Promise<NamerOutput> => ({
    tokens: input.tokens,
    naming: {
      source: "heuristic",
      model: null,
      warnings: [
        {
          code: "claude_budget_exhausted",
          message: scope === "global" ? "The service's daily Claude budget is spent; tokens were named heuristically." : "Your daily Claude budget is spent; tokens were named heuristically.",
        },
      ],
    },
    usage: null,
  });
}
