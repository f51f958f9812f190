import { env } from "cloudflare:workers";
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ProblemSchema } from "../../shared/contract/problem.js";
import { app } from "../../worker/app.js";
import { makeUiPng } from "./helpers/make-png.js";
import { framesForm, newClient } from "./helpers/requests.js";

async function request(path: string, init: RequestInit, vars: Record<string, string>) {
  const ctx = createExecutionContext();
  const res = await app.request(path, init, { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const clientHeaders = () => {
  const c = newClient("cfg");
  return { "x-client-id": c.id, "cf-connecting-ip": c.ip };
};

describe("configurable limits", () => {
  it("413 with the frame index when one multipart frame is over MAX_FRAME_BYTES", async () => {
    const small = makeUiPng(1);
    const big = new Uint8Array(5_000);
    big.set(small);
    const res = await request("/v1/extract", { method: "POST", headers: clientHeaders(), body: framesForm([small, big], { frames: [{ name: "a" }, { name: "b" }] }) }, { MAX_FRAME_BYTES: "4000" });
    expect(res.status).toBe(413);
    expect(ProblemSchema.parse(await res.json())).toMatchObject({ code: "payload_too_large", frame: 1, frameName: "b" });
  });

  it("413 when the whole multipart body is over MAX_REQUEST_BYTES, and too_many_frames past MAX_FRAMES", async () => {
    const frames = Array.from({ length: 3 }, (_, i) => new Uint8Array(600).fill(i + 1));
    const tooBig = await request("/v1/extract", { method: "POST", headers: clientHeaders(), body: framesForm(frames) }, { MAX_REQUEST_BYTES: "1000" });
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json<{ code: string }>()).code).toBe("payload_too_large");
    const tooMany = await request("/v1/extract", { method: "POST", headers: clientHeaders(), body: framesForm(frames) }, { MAX_FRAMES: "2" });
    expect(tooMany.status).toBe(413);
    expect((await tooMany.json<{ code: string }>()).code).toBe("too_many_frames");
  });

  it("an invalid var: /health/ready says why (503) and /v1 answers a 500 problem naming only the request id", async () => {
    const ready = await request("/health/ready", {}, { MAX_FRAMES: "lots" });
    expect(ready.status).toBe(503);
    const body = await ready.json<{ ok: boolean; checks: { config: { ok: boolean; issues: string[] } } }>();
    expect(body.ok).toBe(false);
    expect(body.checks.config.issues.join(" ")).toContain("MAX_FRAMES");

    const res = await request("/v1/extract", { method: "POST", headers: { "content-type": "image/png", ...clientHeaders() }, body: makeUiPng(3) }, { MAX_FRAMES: "lots" });
    expect(res.status).toBe(500);
    const problem = ProblemSchema.parse(await res.json());
    expect(problem.code).toBe("internal_error");
    expect(problem.requestId).toBe(res.headers.get("x-request-id"));
    expect(problem.detail).toContain(problem.requestId);
  });

  it("reports Claude as not configured without a key, and then names heuristically with claude_not_configured", async () => {
    const ready = await (await request("/health/ready", {}, { ANTHROPIC_API_KEY: "" })).json<{ checks: { claude: { configured: boolean } } }>();
    expect(ready.checks.claude.configured).toBe(false);
    const res = await request("/v1/extract", { method: "POST", headers: { "content-type": "image/png", ...clientHeaders() }, body: makeUiPng(4) }, { ANTHROPIC_API_KEY: "" });
    expect(res.status).toBe(200);
    const result = await res.json<{ naming: { source: string; warnings: { code: string }[] } }>();
    expect(result.naming.source).toBe("heuristic");
    expect(result.naming.warnings.map((w) => w.code)).toEqual(["claude_not_configured"]);
  });
});
