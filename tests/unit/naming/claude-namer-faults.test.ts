import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeAnthropic, type FakeAnthropic } from "../../setup/fake-anthropic.js";
import { createClaudeNamer, type ClaudeNamerConfig } from "../../../worker/naming/claude-namer.js";
import { createCircuitBreaker } from "../../../worker/naming/circuit-breaker.js";
import { GOOD_REPLY, testInput } from "./fixtures.js";

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function namer(overrides: Partial<ClaudeNamerConfig> = {}) {
  return createClaudeNamer({
    apiKey: "sk-ant-test",
    baseURL: fake.url,
    model: "claude-haiku-4-5",
    timeoutMs: 2_000,
    retryBaseDelayMs: 20,
    circuitBreaker: createCircuitBreaker(),
    ...overrides,
  });
}

async function timed<T>(p: Promise<T>): Promise<[T, number]> {
  const t = Date.now();
  const v = await p;
  return [v, Date.now() - t];
}

describe("createClaudeNamer: faults", () => {
  it("retries a 429 and then succeeds", async () => {
    fake.script([{ kind: "status", status: 429, retryAfter: 0 }, { kind: "reply", json: GOOD_REPLY }]);
    const out = await namer()(testInput(200, 120));
    expect(fake.requests).toHaveLength(2);
    expect(out.naming.source).toBe("claude");
    expect(out.tokens.colors[0].name).toBe("color/background");
  });

  it("does not wait out a retry-after longer than the budget", async () => {
    fake.script([{ kind: "status", status: 429, retryAfter: 60 }]);
    const input = testInput(200, 120);
    const [out, ms] = await timed(namer()(input));
    expect(ms).toBeLessThan(1_000);
    expect(fake.requests).toHaveLength(1);
    expect(out.naming.warnings[0].code).toBe("claude_rate_limited");
    expect(out.tokens).toEqual(input.tokens);
    expect(out.usage).toBeNull();
  });

  it("keeps retrying 529 with backoff until the total timeout, then names heuristically", async () => {
    fake.setDefault({ kind: "status", status: 529 });
    const input = testInput(200, 120);
    const [out, ms] = await timed(namer({ maxRetries: 100, timeoutMs: 1_200, retryBaseDelayMs: 40 })(input));
    expect(ms).toBeLessThan(1_200 + 400);
    expect(fake.requests.length).toBeGreaterThanOrEqual(3);
    expect(fake.requests.length).toBeLessThan(30); // backoff, not a hot loop
    expect(out.naming).toMatchObject({ source: "heuristic", warnings: [{ code: "claude_overloaded" }] });
    expect(out.tokens).toEqual(input.tokens);
  });

  it("gives up on a hanging request at the timeout", async () => {
    fake.setDefault({ kind: "hang", ms: 10_000 });
    const input = testInput(200, 120);
    const [out, ms] = await timed(namer({ timeoutMs: 700 })(input));
    expect(ms).toBeGreaterThanOrEqual(650);
    expect(ms).toBeLessThan(700 + 500);
    expect(out.naming.warnings[0].code).toBe("claude_timeout");
    expect(out.tokens).toEqual(input.tokens);
  });

  it("does not retry a 400", async () => {
    fake.script([{ kind: "status", status: 400 }]);
    const out = await namer()(testInput(200, 120));
    expect(fake.requests).toHaveLength(1);
    expect(out.naming.warnings[0]).toMatchObject({ code: "claude_error", message: expect.stringContaining("400") });
  });

  it("opens the circuit after repeated failures, skips Claude while open, and closes after a good trial", async () => {
    let now = 1_000_000;
    const breaker = createCircuitBreaker({ failureThreshold: 2, cooldownMs: 30_000, now: () => now });
    const name = namer({ circuitBreaker: breaker, maxRetries: 0 });
    fake.setDefault({ kind: "status", status: 500 });
    expect((await name(testInput(200, 120))).naming.warnings[0].code).toBe("claude_error");
    expect((await name(testInput(200, 120))).naming.warnings[0].code).toBe("claude_error");
    expect(fake.requests).toHaveLength(2);

    const input = testInput(200, 120);
    const skipped = await name(input);
    expect(fake.requests).toHaveLength(2); // not called
    expect(skipped.naming).toMatchObject({ source: "heuristic", warnings: [{ code: "claude_circuit_open" }] });
    expect(skipped.tokens).toEqual(input.tokens);

    now += 30_001;
    fake.setDefault({ kind: "reply", json: GOOD_REPLY });
    expect((await name(testInput(200, 120))).naming.source).toBe("claude");
    expect(breaker.state).toBe("closed");
  });
});
