import { env } from "cloudflare:workers";
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { app } from "../app.js";
import { matchesAnyKeyAsync } from "./access-key-auth.js";

/** The real app with ACCESS_KEYS set (the test project's env has none). */
async function fetchLocked(path: string, init: RequestInit = {}) {
  const ctx = createExecutionContext();
  const res = await app.request(path, init, { ...env, ACCESS_KEYS: " alpha-key , beta-key " }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe("access keys", () => {
  it("matches any configured key and nothing else", async () => {
    expect(await matchesAnyKeyAsync("beta-key", ["alpha-key", "beta-key"])).toBe(true);
    expect(await matchesAnyKeyAsync("beta-ke", ["alpha-key", "beta-key"])).toBe(false);
    expect(await matchesAnyKeyAsync("", ["alpha-key"])).toBe(false);
  });

  it("requires a bearer key on /v1 when ACCESS_KEYS is set", async () => {
    for (const authorization of [undefined, "Bearer wrong", "Basic YWxwaGEta2V5", "Bearer", "alpha-key"]) {
      const headers: Record<string, string> = { "content-type": "image/png" };
      if (authorization) headers.authorization = authorization;
      const res = await fetchLocked("/v1/extract", { method: "POST", headers, body: "x" });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
      expect(res.headers.get("ratelimit-limit")).toBe("60");
      expect(await res.json()).toMatchObject({ code: "unauthorized", status: 401 });
    }
  });

  it("rate limits key guessing like any other request", async () => {
    const headers = { "content-type": "image/png", authorization: "Bearer guess", "x-client-id": `guesser-${Date.now()}`, "cf-connecting-ip": "192.0.2.99" };
    const ctx = createExecutionContext();
    const vars = { ...env, ACCESS_KEYS: "alpha-key", RATE_LIMIT_PER_MINUTE: "3" };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.request("/v1/extract", { method: "POST", headers, body: "x" }, vars, ctx)).status);
    await waitOnExecutionContext(ctx);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it("lets a valid key through to the route (here: 415 for a wrong content type) and keys rate limits on it", async () => {
    const res = await fetchLocked("/v1/extract", { method: "POST", headers: { authorization: "Bearer beta-key", "content-type": "text/plain" }, body: "x" });
    expect(res.status).toBe(415);
    expect(res.headers.get("ratelimit-limit")).toBe("60");
  });

  it("keeps /health open and answers preflights without a key", async () => {
    expect((await fetchLocked("/health")).status).toBe(200);
    const ready = await (await fetchLocked("/health/ready")).json<{ checks: { auth: { required: boolean } } }>();
    expect(ready.checks.auth.required).toBe(true);
    const pre = await fetchLocked("/v1/extract", { method: "OPTIONS", headers: { origin: "null", "access-control-request-method": "POST" } });
    expect(pre.status).toBe(204);
  });
});
