import Anthropic from "@anthropic-ai/sdk";
import type { Naming, NamingWarningCode, Usage } from "../../shared/contract/extract.js";
import type { TokenSet } from "../../shared/contract/tokens.js";
import type { Namer, NamerInput, NamerOutput } from "../../shared/pipeline/types.js";
import { applyReply, describeIssues } from "./apply-reply.js";
import { callWithRetryAsync, DEFAULT_RETRY_POLICY } from "./call-with-retry.js";
import { candidateTable, indexCandidates } from "./candidate-table.js";
import { sharedCircuitBreaker, type CircuitBreaker } from "./circuit-breaker.js";
import { DEFAULT_IMAGE_BUDGET, prepareFrameImages, type ImageBudget } from "./frame-images.js";
import { usageFromApi } from "./pricing.js";
import { NAMING_OUTPUT_FORMAT } from "./reply-schema.js";
import { SYSTEM_PROMPT, USER_INSTRUCTION } from "./system-prompt.js";

/** Default model: verified in the stored Anthropic docs to support structured outputs; not deprecated. */
export const DEFAULT_CLAUDE_MODEL = "claude-haiku-4-5";
/** Default overall time budget of one naming call, retries included. */
export const DEFAULT_CLAUDE_TIMEOUT_MS = 30_000;

/** Configuration of {@link createClaudeNamer}. Only the first five fields are part of the stable interface. */
export interface ClaudeNamerConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Total budget for the call, retries and waits included. */
  timeoutMs: number;
  /** Retries after the first attempt (429, 5xx, 529, connection errors). Default 2. */
  maxRetries?: number;
  /** First backoff step in ms (doubles per retry, 50–100 % jitter). Default 500. */
  retryBaseDelayMs?: number;
  /** Breaker to use; default: shared per isolate for this base URL + model (5 failures → 60 s open). */
  circuitBreaker?: CircuitBreaker;
  /** Image limits; default standard tier (1568 px, 1568 visual tokens per frame, 16k per request). */
  imageBudget?: ImageBudget;
  /** fetch to use (default: the global one). For tests and custom transports. */
  fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

function heuristic(tokens: TokenSet, code: NamingWarningCode | null, message: string, usage: Usage | null = null): NamerOutput {
  const naming: Naming = { source: "heuristic", model: null, warnings: code ? [{ code, message }] : [] };
  return { tokens, naming, usage };
}

/** Output budget: about 45 tokens per suggestion, plus room for the JSON frame. */
function maxTokensFor(tokens: TokenSet): number {
  return Math.min(16_000, Math.max(1_024, 400 + 45 * (tokens.colors.length + tokens.spacing.length)));
}

/** The Messages API request body of one naming call (exported for tests and the benchmark). */
export function buildNamingRequest(input: NamerInput, model: string, budget: ImageBudget = DEFAULT_IMAGE_BUDGET) {
  const index = indexCandidates(input.tokens);
  const images = prepareFrameImages(input.frames.map((f) => f.image), budget);
  const content: Anthropic.ContentBlockParam[] = [];
  images.forEach((img, i) => {
    const report = input.frames[i].report;
    content.push({ type: "text", text: `Frame f${i + 1} ${JSON.stringify(report.name)}${report.mode ? ` (mode ${report.mode})` : ""}:` });
    content.push(img.block);
  });
  content.push({ type: "text", text: candidateTable(input.tokens, input.frames.map((f) => f.report), index) });
  content.push({ type: "text", text: USER_INSTRUCTION });
  const body = {
    model,
    max_tokens: maxTokensFor(input.tokens),
    system: SYSTEM_PROMPT,
    output_config: { format: NAMING_OUTPUT_FORMAT },
    messages: [{ role: "user" as const, content }],
  } satisfies Anthropic.MessageCreateParamsNonStreaming;
  return { body, index, images };
}

/**
 * A namer that asks Claude, in one request per extraction, to name and classify the measured
 * tokens by id. Never throws: on any failure every measured token is returned with its heuristic
 * name, `naming.source: "heuristic"` and a warning saying why. Runs in workerd and Node (fetch only).
 */
export function createClaudeNamer(config: ClaudeNamerConfig): Namer {
  const model = config.model || DEFAULT_CLAUDE_MODEL;
  const timeoutMs = config.timeoutMs > 0 ? config.timeoutMs : DEFAULT_CLAUDE_TIMEOUT_MS;
  const breaker = config.circuitBreaker ?? sharedCircuitBreaker(`${config.baseURL ?? "api.anthropic.com"}|${model}`);
  const client = config.apiKey ? new Anthropic({ apiKey: config.apiKey, baseURL: config.baseURL || undefined, maxRetries: 0, timeout: timeoutMs, ...(config.fetch ? { fetch: config.fetch } : {}) }) : null;

  const nameAsync = async (input: NamerInput): Promise<NamerOutput> => {
    const { tokens } = input;
    if (!client) return heuristic(tokens, "claude_not_configured", "ANTHROPIC_API_KEY is not set");
    if (!tokens.colors.length && !tokens.spacing.length) return heuristic(tokens, null, "");
    if (!breaker.tryAcquire()) {
      const secs = Math.ceil(breaker.retryInMs() / 1000);
      return heuristic(tokens, "claude_circuit_open", `Claude failed repeatedly; skipped for about ${secs}s more`);
    }
    let request: ReturnType<typeof buildNamingRequest>;
    try {
      request = buildNamingRequest(input, model, config.imageBudget);
    } catch (err) {
      breaker.release(); // not Claude's fault: neither a success nor a failure
      return heuristic(tokens, "claude_error", `could not prepare the request: ${err instanceof Error ? err.message : String(err)}`);
    }
    const outcome = await callWithRetryAsync(
      (signal, remainingMs) => client.messages.create(request.body, { signal, timeout: remainingMs, maxRetries: 0 }),
      {
        ...DEFAULT_RETRY_POLICY,
        timeoutMs,
        maxRetries: config.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries,
        baseDelayMs: config.retryBaseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
        minAttemptMs: Math.min(DEFAULT_RETRY_POLICY.minAttemptMs, timeoutMs / 4),
      },
    );
    if (!outcome.ok) {
      if (outcome.failure.code !== "claude_invalid_output") breaker.recordFailure();
      const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : "";
      return heuristic(tokens, outcome.failure.code, `${outcome.failure.message}${tries}; heuristic names used`);
    }
    breaker.recordSuccess();
    const message = outcome.value;
    const usage = message.usage ? usageFromApi(model, message.usage) : null;
    if (message.stop_reason === "refusal") return heuristic(tokens, "claude_invalid_output", "Claude declined to name the tokens", usage);
    const text = message.content.map((b) => (b.type === "text" ? b.text : "")).join("");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      const why = message.stop_reason === "max_tokens" ? "the reply was cut off at max_tokens" : "the reply was not valid JSON";
      return heuristic(tokens, "claude_invalid_output", `${why}; heuristic names used`, usage);
    }
    const applied = applyReply(parsed, tokens, request.index);
    if (!applied || applied.named === 0) {
      return heuristic(tokens, "claude_invalid_output", "the reply named no measured token; heuristic names used", usage);
    }
    const total = tokens.colors.length + tokens.spacing.length;
    const partial = describeIssues(applied.issues, total, applied.named);
    const naming: Naming = {
      source: "claude",
      model: message.model || model,
      warnings: partial ? [{ code: "claude_partial", message: partial }] : [],
    };
    return { tokens: applied.tokens, naming, usage };
  };

  return async (input) => {
    try {
      return await nameAsync(input);
    } catch (err) {
      // Last line of defence: a namer never throws, measured tokens are never lost.
      return heuristic(input.tokens, "claude_error", `naming failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
}
