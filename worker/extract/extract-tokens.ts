import { fitRgba } from "../../shared/image/downscale.js";
import type { ExtractResponse, ProgressEvent } from "../../shared/contract/extract.js";
import { PIPELINE_VERSION } from "../../shared/engine/version.js";
import { runExtractionAsync } from "../../shared/pipeline/run-extraction.js";
import type { Namer } from "../../shared/pipeline/types.js";
import type { ExtractRequest } from "../body/parse-extract-request.js";
import { isCacheable, readCachedResultAsync, resultCacheKeyAsync, sha256HexAsync, writeCachedResultAsync } from "../cache/result-cache.js";
import type { Env } from "../config/env.js";
import type { Config } from "../config/read-config.js";
import { chargeBudget, isBudgetExhaustedAsync } from "../limits/claude-budget.js";
import { countersFor } from "../limits/isolate-counters.js";
import type { RequestLog } from "../middleware/request-log.js";
import { budgetExhaustedNamer, claudeNamerFor, namingPlan } from "./choose-namer.js";

/** Everything one extraction needs from the request context. */
export interface ExtractContext {
  env: Env;
  config: Config;
  identity: string;
  requestId: string;
  log: RequestLog;
  waitUntil: (p: Promise<unknown>) => void;
  onProgress?: (event: ProgressEvent) => void | Promise<void>;
}

/**
 * Cache → (budget → namer) → pipeline → charge budget → cache store.
 * A hit skips decoding and Claude. Results whose naming fell back for a transient reason
 * (timeout, rate limit, budget, …) are never cached.
 */
export async function extractTokensAsync(ctx: ExtractContext, request: ExtractRequest): Promise<ExtractResponse> {
  const { env, config, log } = ctx;
  const started = Date.now();
  const frameHashes = await Promise.all(request.frames.map((f) => sha256HexAsync(f.bytes)));
  const plan = namingPlan(config, request.options);
  const key = await resultCacheKeyAsync({ frameHashes, options: request.options, namingPlan: plan, pipelineVersion: PIPELINE_VERSION });

  const hit = await readCachedResultAsync(env.CACHE, key);
  if (hit) {
    log.cache = "hit";
    log.naming = hit.naming.source;
    log.model = hit.naming.model;
    const total = request.frames.length;
    await ctx.onProgress?.({ stage: "merged", frame: null, done: total, total });
    return { ...hit, cache: "hit", usage: null, requestId: ctx.requestId };
  }
  log.cache = "miss";

  let namer: Namer | undefined;
  let charged = false;
  if (plan !== "heuristic") {
    const counters = countersFor(env.LIMITS);
    const budget = await isBudgetExhaustedAsync(counters, ctx.identity, {
      perClientUsd: config.CLAUDE_DAILY_BUDGET_USD_PER_CLIENT,
      globalUsd: config.CLAUDE_DAILY_BUDGET_USD_GLOBAL,
    });
    if (budget.exhausted) namer = budgetExhaustedNamer(budget.scope ?? "global");
    else {
      const claude = claudeNamerFor(env, config);
      namer = async (input) => {
        const out = await claude(input);
        if (out.usage && out.usage.estimatedUsd > 0) {
          charged = true;
          ctx.waitUntil(chargeBudget(counters, ctx.identity, out.usage.estimatedUsd));
        }
        return out;
      };
    }
  }

  const onProgress = (event: ProgressEvent) => {
    log.stages[event.stage] = Date.now() - started;
    return ctx.onProgress?.(event);
  };
  const result = await runExtractionAsync(request.frames, request.options, { onProgress, namer, namerImage: fitRgba });
  log.naming = result.naming.source;
  log.model = result.naming.model;
  log.warnings = result.naming.warnings.map((w) => w.code);
  if (result.usage) Object.assign(log, { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens, estimatedUsd: result.usage.estimatedUsd, charged });
  if (isCacheable(result)) ctx.waitUntil(writeCachedResultAsync(env.CACHE, key, result, config.CACHE_TTL_SECONDS));
  return { ...result, cache: "miss", requestId: ctx.requestId };
}
