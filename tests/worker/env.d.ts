declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("../../worker/index");
  }
  interface Env {
    CACHE: KVNamespace;
    LIMITS: KVNamespace;
    CLAUDE_MODEL?: string;
    CLAUDE_TIMEOUT_MS?: string;
    MAX_FRAMES?: string;
    MAX_FRAME_BYTES?: string;
    MAX_REQUEST_BYTES?: string;
    RATE_LIMIT_PER_MINUTE?: string;
    RATE_LIMIT_PER_HOUR?: string;
    RATE_LIMIT_IP_FACTOR?: string;
    CLAUDE_DAILY_BUDGET_USD_PER_CLIENT?: string;
    CLAUDE_DAILY_BUDGET_USD_GLOBAL?: string;
    CACHE_TTL_SECONDS?: string;
    ANTHROPIC_API_KEY?: string;
    ANTHROPIC_BASE_URL?: string;
    ACCESS_KEYS?: string;
  }
}
