import { Hono } from "hono";
import type { AppEnv } from "../app-env.js";
import { ConfigError, readConfig } from "../config/read-config.js";

/** Times a KV read of a key that does not exist (proves the binding answers). */
async function probeKvAsync(kv: KVNamespace | undefined): Promise<{ ok: boolean; ms?: number; error?: string }> {
  if (!kv) return { ok: false, error: "binding missing" };
  const started = Date.now();
  try {
    await kv.get("health:probe");
    return { ok: true, ms: Date.now() - started };
  } catch (err) {
    return { ok: false, error: String((err as Error)?.message ?? err).slice(0, 200) };
  }
}

/** `GET /health` (liveness, no dependencies) and `GET /health/ready` (KV, config, Claude configured — never the key). */
export const healthRoute = new Hono<AppEnv>()
  .get("/", (c) => c.json({ ok: true }))
  .get("/ready", async (c) => {
    let config: { ok: boolean; issues?: string[] } = { ok: true };
    let claude = { configured: false, model: null as string | null };
    let authRequired = false;
    try {
      const parsed = readConfig(c.env);
      claude = { configured: parsed.claudeConfigured, model: parsed.claudeConfigured ? parsed.CLAUDE_MODEL : null };
      authRequired = parsed.accessKeys.length > 0;
    } catch (err) {
      config = { ok: false, issues: err instanceof ConfigError ? err.issues : [String(err)] };
    }
    const [cache, limits] = await Promise.all([probeKvAsync(c.env.CACHE), probeKvAsync(c.env.LIMITS)]);
    const ok = config.ok && cache.ok && limits.ok;
    c.header("Cache-Control", "no-store");
    return c.json({ ok, checks: { config, kv: { cache, limits }, claude, auth: { required: authRequired } } }, ok ? 200 : 503);
  });
