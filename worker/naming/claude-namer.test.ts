import { describe, expect, it } from "vitest";
import type { TokenSet } from "../../shared/contract/tokens.js";
import { createClaudeNamer } from "./claude-namer.js";
import { createCircuitBreaker } from "./circuit-breaker.js";

// Runs in workerd (worker project): the namer, the SDK, PNG encoding and base64 on the Workers runtime.
// Transport is an in-test fetch, so this file does not share the global fake's script queue.

const tokens: TokenSet = {
  colors: [{ id: "col-2563eb", hex: "#2563eb", name: "color/blue-600", role: "primary", palette: "blue-600", coverage: 0.1, frames: [{ frame: "f", coverage: 0.1 }], usage: ["fill"] }],
  spacing: [{ id: "sp-16", px: 16, name: "spacing/4", count: 9, contexts: [{ context: "gap", count: 9 }], frames: ["f"] }],
  gradients: [],
  baseUnit: 4,
  modes: ["Default"],
};
const frame = () => {
  const width = 2000, height = 1000;
  return { report: { id: "f", name: "Home", width, height, scale: 2, scaleSource: "given" as const, photos: 0 }, image: { width, height, data: new Uint8Array(width * height * 4).fill(255) } };
};
const message = (json: unknown) =>
  new Response(JSON.stringify({ id: "msg_1", type: "message", role: "assistant", model: "claude-haiku-4-5", content: [{ type: "text", text: JSON.stringify(json) }], stop_reason: "end_turn", stop_sequence: null, usage: { input_tokens: 1500, output_tokens: 100 } }), { headers: { "content-type": "application/json" } });

describe("createClaudeNamer in workerd", () => {
  it("sends a PNG image block within 1568 px and maps the reply", async () => {
    const bodies: { messages: { content: { type: string; source?: { media_type: string; data: string } }[] }[] }[] = [];
    const namer = createClaudeNamer({
      apiKey: "sk-ant-test", baseURL: "https://claude.test", model: "claude-haiku-4-5", timeoutMs: 5_000, circuitBreaker: createCircuitBreaker(),
      fetch: async (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return message({ colors: [{ id: "c1", name: "color/brand/primary", role: "primary", description: "Buttons", noise: false }], spacing: [{ id: "s1", name: "spacing/md", description: "Gaps", noise: false }] });
      },
    });
    const out = await namer({ tokens, frames: [frame()] });
    expect(out.naming.source).toBe("claude");
    expect(out.tokens.colors[0]).toMatchObject({ id: "col-2563eb", hex: "#2563eb", name: "color/brand/primary" });
    expect(out.tokens.spacing[0]).toMatchObject({ px: 16, name: "spacing/md" });
    expect(out.usage).toEqual({ inputTokens: 1500, outputTokens: 100, estimatedUsd: 0.002 });
    const image = bodies[0].messages[0].content.find((b) => b.type === "image")!;
    expect(image.source!.media_type).toBe("image/png");
    const bytes = Uint8Array.from(atob(image.source!.data), (c) => c.charCodeAt(0));
    const view = new DataView(bytes.buffer);
    expect(Array.from(bytes.subarray(1, 4))).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    const [w, h] = [view.getUint32(16), view.getUint32(20)];
    expect(Math.max(w, h)).toBeLessThanOrEqual(1568);
    expect(Math.ceil(w / 28) * Math.ceil(h / 28)).toBeLessThanOrEqual(1568);
  });

  it("retries connection errors and keeps every measured token when the transport keeps failing", async () => {
    let calls = 0;
    const namer = createClaudeNamer({
      apiKey: "sk-ant-test", baseURL: "https://claude.test", model: "claude-haiku-4-5", timeoutMs: 2_000, retryBaseDelayMs: 10, circuitBreaker: createCircuitBreaker(),
      fetch: async () => {
        calls++;
        throw new TypeError("network down");
      },
    });
    const out = await namer({ tokens, frames: [frame()] });
    expect(calls).toBe(3);
    expect(out.naming).toMatchObject({ source: "heuristic", warnings: [{ code: "claude_error" }] });
    expect(out.tokens).toEqual(tokens);
  });
});
