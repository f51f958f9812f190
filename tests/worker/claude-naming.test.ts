import { env } from "cloudflare:workers";
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ExtractResponseSchema, type ExtractResponse } from "../../shared/contract/extract.js";
import { app } from "../../worker/app.js";
import { makeUiPng } from "./helpers/make-png.js";
import { newClient, type TestClient } from "./helpers/requests.js";

const fakeUrl = env.ANTHROPIC_BASE_URL ?? "";
const script = (behaviours: unknown[]) => fetch(`${fakeUrl}/__fake/script`, { method: "POST", body: JSON.stringify(behaviours) });

/** POST a raw PNG through the real app with extra vars; waits for its background work (cache, counters). */
async function extractWith(vars: Record<string, string>, client: TestClient, png: Uint8Array, query = ""): Promise<ExtractResponse> {
  const ctx = createExecutionContext();
  const res = await app.request(
    `/v1/extract${query}`,
    { method: "POST", headers: { "content-type": "image/png", "x-client-id": client.id, "cf-connecting-ip": client.ip }, body: png },
    { ...env, ...vars },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  expect(res.status).toBe(200);
  return ExtractResponseSchema.parse(await res.json());
}

describe.sequential("Claude naming through the Worker (fake Messages API)", () => {
  it("names with Claude when configured and reports usage", async () => {
    const reply = {
      kind: "reply",
      json: { colors: [{ id: "c1", name: "color/brand/primary", role: "primary", description: "Main button", noise: false }], spacing: [] },
      usage: { input_tokens: 2000, output_tokens: 400 },
    };
    // The fake's script queue is shared with other test files of this project (the namer's own
    // tests): if another request took our scripted reply, script it again (at most 3 tries).
    let body: ExtractResponse | undefined;
    for (let attempt = 0; attempt < 3 && body?.naming.source !== "claude"; attempt++) {
      await script([reply]);
      body = await extractWith({}, newClient("claude-ok"), makeUiPng(51 + attempt * 100));
    }
    expect(body!.naming.source).toBe("claude");
    expect(body!.naming.model).toBe("claude-haiku-4-5");
    expect(body!.usage).toMatchObject({ inputTokens: 2000, outputTokens: 400 });
    expect(body!.usage!.estimatedUsd).toBeGreaterThan(0);
    expect(body!.colors.map((c) => c.name)).toContain("color/brand/primary");
  });

  it("switches to heuristic naming with claude_budget_exhausted once the client's daily budget is spent", async () => {
    // Each fake call reports 1200 in / 300 out tokens ≈ $0.0027 on claude-haiku-4-5.
    const vars = { CLAUDE_DAILY_BUDGET_USD_PER_CLIENT: "0.004" };
    const client = newClient("budget");
    const first = await extractWith(vars, client, makeUiPng(61));
    expect(first.usage?.estimatedUsd).toBeGreaterThan(0);
    const second = await extractWith(vars, client, makeUiPng(62));
    expect(second.usage?.estimatedUsd).toBeGreaterThan(0);
    const third = await extractWith(vars, client, makeUiPng(63));
    expect(third.naming.source).toBe("heuristic");
    expect(third.naming.warnings.map((w) => w.code)).toEqual(["claude_budget_exhausted"]);
    expect(third.usage).toBeNull();
    expect(third.colors.map((c) => c.hex)).toContain("#2563eb");
    // Another client still gets Claude.
    const other = await extractWith(vars, newClient("budget-other"), makeUiPng(64));
    expect(other.usage).not.toBeNull();
    // The exhausted answer was not cached as final.
    const again = await extractWith(vars, client, makeUiPng(63));
    expect(again.cache).toBe("miss");
  });

  it("honours the global budget (0 = Claude off for everyone) without failing the request", async () => {
    const body = await extractWith({ CLAUDE_DAILY_BUDGET_USD_GLOBAL: "0" }, newClient("global"), makeUiPng(71));
    expect(body.naming.warnings.map((w) => w.code)).toEqual(["claude_budget_exhausted"]);
    expect(body.colors.length).toBeGreaterThan(0);
  });

  it("never caches a heuristic fallback caused by a Claude failure", async () => {
    const client = newClient("transient");
    const png = makeUiPng(81);
    await script([{ kind: "status", status: 400 }]);
    const failed = await extractWith({}, client, png);
    expect(failed.naming.source).toBe("heuristic");
    expect(failed.naming.warnings.length).toBeGreaterThan(0);
    const retried = await extractWith({}, client, png);
    expect(retried.cache).toBe("miss");
  });

  it("caches heuristic results chosen on purpose, separately from Claude-named ones", async () => {
    const client = newClient("heur");
    const png = makeUiPng(91);
    const first = await extractWith({}, client, png, "?naming=heuristic");
    expect(first.cache).toBe("miss");
    const second = await extractWith({}, client, png, "?naming=heuristic");
    expect(second.cache).toBe("hit");
    expect(second.naming.warnings.map((w) => w.code)).toEqual(["claude_disabled"]);
    const auto = await extractWith({}, client, png);
    expect(auto.cache).toBe("miss");
  });
});
