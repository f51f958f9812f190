import { z } from "zod";
import type { Env } from "./env.js";

const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);
const usd = (def: number) => z.coerce.number().min(0).max(1_000_000).default(def);

/** Vars with their defaults (the README's Configuration table mirrors this). */
export const ConfigSchema = z.object({
  CLAUDE_MODEL: z.string().min(1).default("claude-haiku-4-5"),
  CLAUDE_TIMEOUT_MS: int(30_000, 1_000, 600_000),
  MAX_FRAMES: int(10, 1, 50),
  MAX_FRAME_BYTES: int(15_000_000, 1_000, 100_000_000),
  MAX_REQUEST_BYTES: int(40_000_000, 1_000, 100_000_000),
  RATE_LIMIT_PER_MINUTE: int(60, 1, 1_000_000_000),
  RATE_LIMIT_PER_HOUR: int(1000, 1, 1_000_000_000),
  RATE_LIMIT_IP_FACTOR: int(10, 1, 10_000),
  CLAUDE_DAILY_BUDGET_USD_PER_CLIENT: usd(1),
  CLAUDE_DAILY_BUDGET_USD_GLOBAL: usd(20),
  CACHE_TTL_SECONDS: int(86_400, 60, 31_536_000),
});

/** Parsed configuration plus the derived, secret-free facts the app needs. */
export interface Config extends z.infer<typeof ConfigSchema> {
  claudeConfigured: boolean;
  accessKeys: string[];
}

/** Thrown when a var is present but invalid; `/health/ready` reports it, `/v1` answers 500 with a request id. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration: ${issues.join("; ")}`);
    this.name = "ConfigError";
  }
}

const cache = new WeakMap<object, Config>();

/** Reads and validates vars once per env object. Empty strings count as unset. */
export function readConfig(env: Env): Config {
  const hit = cache.get(env);
  if (hit) return hit;
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const value = (env as unknown as Record<string, unknown>)[key];
    if (typeof value === "string" && value.trim() !== "") raw[key] = value.trim();
    else if (typeof value === "number") raw[key] = value;
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  const config: Config = {
    ...parsed.data,
    claudeConfigured: !!env.ANTHROPIC_API_KEY?.trim(),
    accessKeys: (env.ACCESS_KEYS ?? "")
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean),
  };
  cache.set(env, config);
  return config;
}
