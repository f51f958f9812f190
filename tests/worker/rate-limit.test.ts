import { env } from "cloudflare:workers";
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { app } from "../../worker/app.js";
import { makeUiPng } from "./helpers/make-png.js";
import { newClient, postPng } from "./helpers/requests.js";

describe("KV rate limiting in workerd", () => {
  it("200 concurrent requests from one client at 60/min: admitted ≤ 66, every other answer a 429 with Retry-After", async () => {
    const client = newClient("burst");
    const png = makeUiPng(7);
    const responses = await Promise.all(Array.from({ length: 200 }, () => postPng(png, { client, query: "naming=heuristic" })));
    const statuses = responses.map((r) => r.status);
    const admitted = statuses.filter((s) => s !== 429).length;
    expect(admitted).toBeLessThanOrEqual(66);
    expect(admitted).toBeGreaterThanOrEqual(60);
    for (const res of responses) {
      if (res.status === 429) {
        const retryAfter = Number(res.headers.get("retry-after"));
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        expect(retryAfter).toBeLessThanOrEqual(60);
        expect(res.headers.get("ratelimit-remaining")).toBe("0");
        const body = await res.json<{ code: string; retryAfter: number }>();
        expect(body.code).toBe("rate_limited");
        expect(body.retryAfter).toBe(retryAfter);
      } else {
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
    }
    // Another client is not affected.
    const other = await postPng(png, { client: newClient("other"), query: "naming=heuristic" });
    expect(other.status).toBe(200);
    await other.arrayBuffer();
  });

  it("bounds a client that rotates X-Client-Id from one IP by the IP-wide window", async () => {
    const ip = "192.0.2.77";
    const vars = { ...env, RATE_LIMIT_PER_MINUTE: "5", RATE_LIMIT_IP_FACTOR: "2" };
    const statuses: number[] = [];
    const contexts: ExecutionContext[] = [];
    for (let i = 0; i < 30; i++) {
      const ctx = createExecutionContext();
      contexts.push(ctx);
      const res = await app.request(
        "/v1/extract",
        { method: "POST", headers: { "content-type": "text/plain", "x-client-id": `rotating-${Date.now()}-${i}`, "cf-connecting-ip": ip }, body: "x" },
        vars,
        ctx,
      );
      statuses.push(res.status);
    }
    await Promise.all(contexts.map((ctx) => waitOnExecutionContext(ctx)));
    expect(statuses.filter((s) => s === 415)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  });

  it("counts per client: the per-minute limit applies to one id + IP", async () => {
    const vars = { ...env, RATE_LIMIT_PER_MINUTE: "3" };
    const headers = { "content-type": "text/plain", "x-client-id": `steady-${Date.now()}`, "cf-connecting-ip": "192.0.2.78" };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const ctx = createExecutionContext();
      const res = await app.request("/v1/extract", { method: "POST", headers, body: "x" }, vars, ctx);
      statuses.push(res.status);
      if (i < 3) expect(res.headers.get("ratelimit-remaining")).toBe(String(2 - i));
      await waitOnExecutionContext(ctx);
    }
    expect(statuses).toEqual([415, 415, 415, 429, 429]);
  });
});
