/**
 * Bindings, vars and secrets of the Worker. Bindings and vars are generated from wrangler.toml
 * into `worker/worker-configuration.d.ts` (`npx wrangler types --config wrangler.toml
 * --include-runtime=false --strict-vars=false worker/worker-configuration.d.ts`); the optional
 * secrets are added here by hand. Every var is a string in workerd and may be overridden
 * (`--var`, dashboard), so `readConfig` parses and validates them instead of trusting the types.
 */
export interface Env extends Cloudflare.Env {
  /** Secret. Without it tokens are named heuristically. */
  ANTHROPIC_API_KEY?: string;
  /** Optional gateway / local fake for the Messages API. */
  ANTHROPIC_BASE_URL?: string;
  /** Secret, comma-separated bearer keys. Unset = open API (local dev only). */
  ACCESS_KEYS?: string;
}
