/**
 * Bindings, vars and secrets of the Worker. Hand-written (not `wrangler types`) so the
 * optional secrets (`ANTHROPIC_API_KEY`, `ACCESS_KEYS`) and the string-typed vars stay
 * accurate: every var is a string in workerd and is parsed and validated by `readConfig`.
 */
export interface Env {
  /** Result cache (frame hashes + options + pipeline version → extract response). */
  CACHE: KVNamespace;
  /** Rate-limit windows and Claude budgets (per-isolate shards). */
  LIMITS: KVNamespace;
  CLAUDE_MODEL?: string;
  CLAUDE_TIMEOUT_MS?: string;
  MAX_FRAMES?: string;
  MAX_FRAME_BYTES?: string;
  MAX_REQUEST_BYTES?: string;
  RATE_LIMIT_PER_MINUTE?: string;
  RATE_LIMIT_PER_HOUR?: string;
  /** Multiplier of the per-minute limit applied to one IP across all its client ids. */
  RATE_LIMIT_IP_FACTOR?: string;
  CLAUDE_DAILY_BUDGET_USD_PER_CLIENT?: string;
  CLAUDE_DAILY_BUDGET_USD_GLOBAL?: string;
  CACHE_TTL_SECONDS?: string;
  /** Secret. Without it tokens are named heuristically. */
  ANTHROPIC_API_KEY?: string;
  /** Optional gateway / local fake for the Messages API. */
  ANTHROPIC_BASE_URL?: string;
  /** Secret, comma-separated bearer keys. Unset = open API (local dev only). */
  ACCESS_KEYS?: string;
}
