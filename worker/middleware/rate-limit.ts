import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";
import { readConfig } from "../config/read-config.js";
import { apiError } from "../errors/api-error.js";
import { countersFor } from "../limits/isolate-counters.js";
import { checkRateAsync, rateKey, type RateRule } from "../limits/rate-limiter.js";

const shortHashAsync = async (text: string): Promise<string> => {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return [...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, "0")).join("");
};

/**
 * Who a request counts against: the access key (set by auth) or else client id + IP.
 * A client rotating `X-Client-Id` stays bounded by an IP-wide window (`RATE_LIMIT_IP_FACTOR` × per-minute).
 */
async function rulesFor(c: Context<AppEnv>): Promise<RateRule[]> {
  const config = readConfig(c.env);
  let identity = c.get("identity");
  const rules: RateRule[] = [];
  if (!identity) {
    const ip = c.req.header("cf-connecting-ip") ?? "local";
    const clientId = (c.req.header("x-client-id") ?? "").trim().slice(0, 128);
    identity = `c${await shortHashAsync(`${ip}|${clientId}`)}`;
    c.set("identity", identity);
    rules.push({ name: rateKey("ipm", `i${await shortHashAsync(ip)}`), limit: config.RATE_LIMIT_PER_MINUTE * config.RATE_LIMIT_IP_FACTOR, windowSec: 60 });
  }
  rules.unshift(
    { name: rateKey("m", identity), limit: config.RATE_LIMIT_PER_MINUTE, windowSec: 60 },
    { name: rateKey("h", identity), limit: config.RATE_LIMIT_PER_HOUR, windowSec: 3600 },
  );
  return rules;
}

/** KV-backed per-minute/per-hour limits; `RateLimit-*` on every answer, 429 + `Retry-After` when refused. */
export const rateLimit = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const decision = await checkRateAsync(countersFor(c.env.LIMITS), await rulesFor(c));
  c.executionCtx.waitUntil(decision.persist);
  c.get("log").rateLimit = { admitted: decision.admitted, rule: decision.rule.split(":")[1], remaining: decision.remaining };
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSec),
  };
  if (!decision.admitted) {
    const retryAfter = decision.retryAfter ?? decision.resetSec;
    throw apiError(429, "rate_limited", "Too many requests", `Rate limit reached; retry in ${retryAfter} s.`, {
      retryAfter,
      headers: { ...headers, "Retry-After": String(retryAfter) },
    });
  }
  await next();
  for (const [k, v] of Object.entries(headers)) c.res.headers.set(k, v);
};
