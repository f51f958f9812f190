import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ProblemSchema } from "../shared/contract/problem.js";

const fetchApp = (path: string, init?: RequestInit) => exports.default.fetch(`http://x${path}`, init);

async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = ProblemSchema.parse(await res.json());
  expect(body.code).toBe(code);
  expect(body.status).toBe(status);
  expect(body.requestId).toBe(res.headers.get("x-request-id"));
  return body;
}

describe("app shell", () => {
  it("answers /health without dependencies, with security headers and a request id", async () => {
    const res = await fetchApp("/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reports readiness: KV reachable, config valid, Claude configured, and never the key", async () => {
    const res = await fetchApp("/health/ready");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain("sk-ant-test");
    const body = JSON.parse(text);
    expect(body.ok).toBe(true);
    expect(body.checks.kv.cache.ok).toBe(true);
    expect(body.checks.kv.limits.ok).toBe(true);
    expect(body.checks.config.ok).toBe(true);
    expect(body.checks.claude).toEqual({ configured: true, model: "claude-haiku-4-5" });
    expect(body.checks.auth).toEqual({ required: false });
  });

  it("serves an OpenAPI 3.1 document generated from the contract", async () => {
    const res = await fetchApp("/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown>; enum?: string[] }> } }>();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/extract", "/health", "/health/ready"]));
    expect(Object.keys(doc.components.schemas.ExtractResponse.properties ?? {})).toEqual(expect.arrayContaining(["colors", "spacing", "frames", "naming", "usage", "cache"]));
    expect(doc.components.schemas.ErrorCode.enum).toContain("rate_limited");
    expect(Object.keys(doc.components.schemas.ExtractOptions.properties ?? {})).toEqual(expect.arrayContaining(["frames", "types", "maxColors", "naming"]));
    // Every $ref resolves inside the document.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const target = ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeTruthy();
    }
  });

  it("answers unknown paths with a 404 problem and wrong methods with a 405 problem and Allow", async () => {
    await expectProblem(await fetchApp("/nope"), 404, "not_found");
    await expectProblem(await fetchApp("/v1/nope", { method: "POST" }), 404, "not_found");
    const res = await fetchApp("/v1/extract");
    await expectProblem(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toContain("POST");
    await expectProblem(await fetchApp("/health", { method: "DELETE" }), 405, "method_not_allowed");
  });

  it("answers CORS preflights from the plugin's null origin without credentials", async () => {
    const res = await fetchApp("/v1/extract", {
      method: "OPTIONS",
      headers: { origin: "null", "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type,x-client-id" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    const allowHeaders = (res.headers.get("access-control-allow-headers") ?? "").toLowerCase();
    for (const h of ["authorization", "content-type", "x-client-id", "accept"]) expect(allowHeaders).toContain(h);
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("exposes rate-limit and request-id headers to the plugin on /v1 answers, errors included", async () => {
    const res = await fetchApp("/v1/extract", { method: "POST", headers: { origin: "null", "content-type": "text/plain", "x-client-id": "cors-1" }, body: "x" });
    await expectProblem(res, 415, "unsupported_media_type");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = (res.headers.get("access-control-expose-headers") ?? "").toLowerCase();
    for (const h of ["retry-after", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset", "x-request-id"]) expect(exposed).toContain(h);
    expect(res.headers.get("ratelimit-limit")).toBe("60");
    expect(Number(res.headers.get("ratelimit-remaining"))).toBeLessThan(60);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
