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
 * `ACCESS_KEYS` set → `/v1/*` requires `Authorization: Bearer <key>` (401 otherwise).
 * Unset → open API; logged once per isolate on the first request.
 * Sets `identity` to a hash of the key so rate limits follow the key.
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
  if (!match) throw unauthorized("Send Authorization: Bearer <access key>.");
  if (!(await matchesAnyKeyAsync(match[1], accessKeys))) throw unauthorized("The access key is not valid.");
  const digest = await digestAsync(`key|${match[1]}`);
  c.set("identity", `k${[...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, "0")).join("")}`);
  return next();
};
