import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";
import { readConfig } from "../config/read-config.js";
import { apiError } from "../errors/api-error.js";

let openLogged = false;

const digestAsync = async (text: string) => new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));

/** Constant-time membership: compares SHA-256 digests (equal length) against every key, without early exit. */
export async function matchesAnyKeyAsync(candidate: string, keys: string[]): Promise<boolean> {
  const given = await digestAsync(candidate);
  let match = false;
  for (const key of keys) {
    const expected = await digestAsync(key);
    if (crypto.subtle.timingSafeEqual(given, expected)) match = true;
  }
  return match;
}

/**
 * `ACCESS_KEYS` set → `/v1/*` requires `Authorization: Bearer <key>`.
 * Unset → open API; logged once per isolate on the first request.
 * A valid key sets `identity` to a hash of the key so rate limits follow the key. A missing or
 * wrong key is not answered here: it is recorded as `authError`, the rate limiter then counts
 * the attempt against client id + IP (so key guessing is rate limited too), and
 * {@link requireAccessKey} answers the 401.
 */
export const accessKeyAuth = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const { accessKeys } = readConfig(c.env);
  if (accessKeys.length === 0) {
    if (!openLogged) {
      openLogged = true;
      console.log(JSON.stringify({ level: "warn", msg: "auth: open API (no ACCESS_KEYS set) — fine for local dev, never deploy like this" }));
    }
    return next();
  }
  const unauthorized = (detail: string) =>
    apiError(401, "unauthorized", "Unauthorized", detail, { headers: { "WWW-Authenticate": 'Bearer realm="copy-that"' } });
  const match = /^Bearer[ \t]+([^\s,]+)[ \t]*$/i.exec(c.req.header("authorization") ?? "");
  if (!match) {
    c.set("authError", unauthorized("Send Authorization: Bearer <access key>."));
    return next();
  }
  if (!(await matchesAnyKeyAsync(match[1], accessKeys))) {
    c.set("authError", unauthorized("The access key is not valid."));
    return next();
  }
  const digest = await digestAsync(`key|${match[1]}`);
  c.set("identity", `k${[...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, "0")).join("")}`);
  return next();
};

/** Answers 401 when {@link accessKeyAuth} recorded a missing or wrong key (runs after the rate limiter). */
export const requireAccessKey = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const error = c.get("authError");
  if (error) throw error;
  return next();
};
