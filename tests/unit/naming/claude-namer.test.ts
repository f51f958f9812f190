import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { startFakeAnthropic, type FakeAnthropic } from "../../setup/fake-anthropic.js";
import { createClaudeNamer, type ClaudeNamerConfig } from "../../../worker/naming/claude-namer.js";
import { createCircuitBreaker } from "../../../worker/naming/circuit-breaker.js";
import { ExtractResponseSchema } from "../../../shared/contract/extract.js";
import { TokenSetSchema } from "../../../shared/contract/tokens.js";
import { GOOD_REPLY, testImage, testInput, testReport, testTokens } from "./fixtures.js";

// Each file gets its own fake (not the globalSetup one): its script queue is not shared with other test files.
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
    timeoutMs: 3_000,
    retryBaseDelayMs: 20,
    circuitBreaker: createCircuitBreaker(),
    ...overrides,
  });
}

interface SentBody {
  model: string;
  max_tokens: number;
  system: string;
  output_config: { format: { type: string; schema: { properties: Record<string, unknown>; additionalProperties: boolean } } };
  messages: { role: string; content: { type: string; text?: string; source?: { type: string; media_type: string; data: string } }[] }[];
}

/** The measured values of a token set: what naming must never change. */
function values(tokens: ReturnType<typeof testTokens>) {
  return { colors: tokens.colors.map((c) => [c.id, c.hex, c.coverage]), spacing: tokens.spacing.map((s) => [s.id, s.px, s.count]) };
}

describe("createClaudeNamer: request", () => {
  it("sends one request with the model, the schema, each frame as a PNG within 1568 px, and the candidate table", async () => {
    fake.script([{ kind: "reply", json: GOOD_REPLY }]);
    const input = testInput();
    input.frames = [
      { report: testReport("frame-a", 2400, 1500, 2), image: testImage(2400, 1500) },
      { report: testReport("frame-b", 390, 844), image: testImage(390, 844) },
    ];
    await namer()(input);
    expect(fake.requests).toHaveLength(1);
    const body = fake.requests[0].body as SentBody;
    expect(body.model).toBe("claude-haiku-4-5");
    expect(body.system).toMatch(/never output a color value/i);
    expect(body.output_config.format.type).toBe("json_schema");
    expect(Object.keys(body.output_config.format.schema.properties)).toEqual(["colors", "spacing"]);
    expect(body.output_config.format.schema.additionalProperties).toBe(false);
    expect(body).not.toHaveProperty("tool_choice");

    const content = body.messages[0].content;
    const images = content.filter((b) => b.type === "image");
    expect(images).toHaveLength(2);
    const sizes = images.map((img) => {
      expect(img.source?.type).toBe("base64");
      expect(img.source?.media_type).toBe("image/png");
      const png = PNG.sync.read(Buffer.from(img.source!.data, "base64"));
      return [png.width, png.height];
    });
    expect(Math.max(...sizes[0])).toBeLessThanOrEqual(1568);
    expect(Math.ceil(sizes[0][0] / 28) * Math.ceil(sizes[0][1] / 28)).toBeLessThanOrEqual(1568);
    expect(sizes[0][0] / sizes[0][1]).toBeCloseTo(1.6, 1);
    expect(sizes[1]).toEqual([390, 844]); // already small: sent as is

    const text = content.filter((b) => b.type === "text").map((b) => b.text).join("\n");
    expect(text).toMatch(/^c1 \| #ffffff \| 80\.0% \| fill/m);
    expect(text).toMatch(/^c3 \| #6b7280 .*4\.8:1 on #ffffff AA/m);
    expect(text).toMatch(/^s2 \| 16 \| 30 \| padding:20,gap:10/m);
    expect(text).toMatch(/^f1 \| "Frame frame-a" \| 1200x750/m); // size at 1x
    // Images come before the table.
    expect(content[0].text).toBe(`Frame f1 "Frame frame-a":`);
    expect(content.findIndex((b) => b.type === "image")).toBeLessThan(content.findIndex((b) => b.text?.startsWith("FRAMES")));
  });

  it("does not call Claude without an API key or without candidates", async () => {
    const a = await namer({ apiKey: "" })(testInput());
    expect(a.naming.warnings[0].code).toBe("claude_not_configured");
    const empty = testInput();
    empty.tokens = { ...empty.tokens, colors: [], spacing: [] };
    const b = await namer()(empty);
    expect(b.naming.source).toBe("heuristic");
    expect(fake.requests).toHaveLength(0);
  });
});

describe("createClaudeNamer: replies", () => {
  it("maps a good reply onto the tokens by id, keeps every value, reports usage", async () => {
    fake.script([{ kind: "reply", json: GOOD_REPLY, usage: { input_tokens: 2000, output_tokens: 400 } }]);
    const input = testInput();
    const out = await namer()(input);
    expect(out.naming).toEqual({ source: "claude", model: "claude-haiku-4-5", warnings: [] });
    expect(out.tokens.colors.map((c) => [c.name, c.role, c.namingSource])).toEqual([
      ["color/background", "background", "claude"],
      ["color/brand/primary", "primary", "claude"],
      ["color/text/muted", "text-muted", "claude"],
    ]);
    expect(out.tokens.spacing.map((s) => s.name)).toEqual(["spacing/sm", "spacing/md"]);
    expect(out.tokens.colors[1].description).toBe("Primary buttons");
    expect(values(out.tokens)).toEqual(values(input.tokens));
    // Haiku 4.5 at $1 / $5 per MTok.
    expect(out.usage).toEqual({ inputTokens: 2000, outputTokens: 400, estimatedUsd: 0.004 });
    expect(TokenSetSchema.safeParse(out.tokens).success).toBe(true);
  });

  it("ignores invented ids and invented values, and says so", async () => {
    const reply = {
      colors: [
        { id: "c1", name: "color/background", role: "background", description: "Page", noise: false, hex: "#000000" },
        { id: "c99", name: "color/invented", role: "accent", description: "Not measured", noise: false, hex: "#ff00ff" },
        { id: "c2", name: "color/brand/primary", role: "primary", description: "Buttons", noise: false },
        { id: "c3", name: "color/text/muted", role: "text-muted", description: "Labels", noise: false },
      ],
      spacing: [{ id: "s1", name: "spacing/sm", description: "Gaps", noise: false, px: 7 }, { id: "s2", name: "spacing/md", description: "", noise: false }],
    };
    fake.script([{ kind: "reply", json: reply }]);
    const input = testInput();
    const out = await namer()(input);
    expect(out.naming.source).toBe("claude");
    expect(out.tokens.colors).toHaveLength(3);
    expect(out.tokens.colors.map((c) => c.name)).not.toContain("color/invented");
    expect(JSON.stringify(out.tokens)).not.toMatch(/#000000|#ff00ff/);
    expect(values(out.tokens)).toEqual(values(input.tokens));
    expect(out.naming.warnings).toEqual([{ code: "claude_partial", message: expect.stringContaining("1 unknown id(s) ignored") }]);
  });

  it("repairs names: kebab-cases them, adds the group, suffixes duplicates, drops wrong-group names, accepts real ids", async () => {
    const reply = {
      colors: [
        { id: "col-ffffff", name: "Surface Default", role: "surface", description: "Cards", noise: false },
        { id: "c2", name: "color/brand/primary", role: "primary", description: "", noise: false },
        { id: "c3", name: "color/brand/primary", role: "not-a-role", description: "Specks", noise: true },
      ],
      spacing: [
        { id: "s1", name: "color/eight", description: "", noise: false },
        { id: "s2", name: "spacing.md", description: "", noise: false },
      ],
    };
    fake.script([{ kind: "reply", json: reply }]);
    const out = await namer()(testInput());
    expect(out.tokens.colors.map((c) => c.name)).toEqual(["color/surface-default", "color/brand/primary", "color/brand/primary-2"]);
    expect(out.tokens.colors[2].role).toBe("text"); // invalid role dropped: heuristic role kept
    expect(out.tokens.colors[2].description).toBe("Likely noise (flagged by Claude): Specks");
    expect(out.tokens.spacing.map((s) => [s.name, s.namingSource])).toEqual([["spacing/2", "heuristic"], ["spacing/md", "claude"]]);
    const names = [...out.tokens.colors, ...out.tokens.spacing].map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(out.naming.warnings[0].message).toMatch(/1 invalid name\(s\) dropped.*1 invalid role.*1 duplicate name/);
  });

  it("never lets a Claude name collide with a heuristic name it keeps", async () => {
    // Only c2 is named, and it takes c1's heuristic name.
    fake.script([{ kind: "reply", json: { colors: [{ id: "c2", name: "color/white", role: "primary", description: "", noise: false }], spacing: [] } }]);
    const out = await namer()(testInput());
    expect(out.tokens.colors.map((c) => c.name)).toEqual(["color/white", "color/white-2", "color/gray-500"]);
    expect(out.naming.warnings[0].code).toBe("claude_partial");
  });

  it("falls back to heuristic names on a reply that is not JSON, and still reports what was spent", async () => {
    fake.script([{ kind: "text", text: "Sure! Here are the names: ...", usage: { input_tokens: 1000, output_tokens: 10 } }]);
    const input = testInput();
    const out = await namer()(input);
    expect(out.naming.source).toBe("heuristic");
    expect(out.naming.warnings[0].code).toBe("claude_invalid_output");
    expect(out.tokens).toEqual(input.tokens);
    expect(out.usage?.inputTokens).toBe(1000);
  });

  it("falls back on JSON of the wrong shape and on a truncated response body", async () => {
    fake.script([{ kind: "reply", json: ["not", "an", "object"] }, { kind: "malformed" }]);
    const input = testInput();
    for (let i = 0; i < 2; i++) {
      const out = await namer()(input);
      expect(out.naming.source).toBe("heuristic");
      expect(out.naming.warnings[0].code).toBe("claude_invalid_output");
      expect(out.tokens).toEqual(input.tokens);
    }
  });

  it("produces a response the contract accepts", async () => {
    fake.script([{ kind: "reply", json: GOOD_REPLY }]);
    const out = await namer()(testInput());
    const response = {
      version: "test", ...out.tokens, frames: [testReport("frame-a", 800, 500)], naming: out.naming, usage: out.usage, cache: "miss",
    };
    expect(ExtractResponseSchema.safeParse(response).success).toBe(true);
  });
});
