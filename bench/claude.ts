/**
 * npm run bench:claude — size and estimated cost of the one Claude naming request per extraction,
 * for 1, 3 and 10 frames of the fixture corpus (synthetic frames when the corpus is absent).
 *
 * The real pipeline (decode → measure → merge) runs with the real Claude namer pointed at an
 * in-process fake Messages API; the request body the fake records is what gets measured:
 * - image tokens: Σ ⌈w/28⌉·⌈h/28⌉ over the images actually sent (Claude's visual-token formula);
 * - text tokens: characters of system prompt + output schema + text blocks ÷ 3.5 (Claude tokenizers
 *   average ~3.5–4 characters per token on English; hex tables tokenise worse, so this errs high),
 *   × 1.3 for models on the newer tokenizer (Claude 4.7+, Haiku 5.5);
 * - output tokens: characters of a complete reply for these candidates ÷ 3.5.
 * Baseline (same run): the former approach — one call per token type (2 calls), each sending the
 * full-size PNG exports — priced with the same formulas.
 * Env: CLAUDE_MODEL (default claude-haiku-4-5).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startFakeAnthropic } from "../tests/setup/fake-anthropic.js";
import { ExtractOptionsSchema } from "../shared/contract/extract.js";
import { runExtractionAsync } from "../shared/pipeline/run-extraction.js";
import { encodePng } from "../shared/image/encode-png.js";
import { fitRgba, visualTokens } from "../shared/image/downscale.js";
import { createClaudeNamer, DEFAULT_CLAUDE_MODEL } from "../worker/naming/claude-namer.js";
import { createCircuitBreaker } from "../worker/naming/circuit-breaker.js";
import { priceForModel } from "../worker/naming/pricing.js";
import type { FrameInput } from "../shared/pipeline/types.js";
import type { TokenSet } from "../shared/contract/tokens.js";

const CHARS_PER_TOKEN = 3.5;
const NEW_TOKENIZER = /^claude-(haiku-5|sonnet-5|opus-4-[78]|opus-5|fable|mythos)/;
const model = process.env.CLAUDE_MODEL || DEFAULT_CLAUDE_MODEL;
const tokenizerFactor = NEW_TOKENIZER.test(model) ? 1.3 : 1;

function corpusFrames(): { name: string; bytes: Uint8Array; scale: number }[] {
  const dir = "tests/fixtures/corpus";
  if (existsSync(dir)) {
    const files = readdirSync(dir).filter((f) => f.endsWith(".png")).sort((a, b) => (a.includes("@2x") === b.includes("@2x") ? a.localeCompare(b) : a.includes("@2x") ? -1 : 1));
    if (files.length) return files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))), scale: f.includes("@2x") ? 2 : 1 }));
  }
  console.log("(corpus absent: synthetic 2880x1800 frames)");
  return Array.from({ length: 10 }, (_, i) => {
    const w = 2880, h = 1800, data = new Uint8Array(w * h * 4).fill(255);
    for (let y = 200; y < 1600; y += 160) for (let x = 160 + i * 8; x < 2700; x++) data.set([37 + i * 20, 99, 235, 255], ((y + (x % 40)) * w + x) * 4);
    return { name: `synthetic-${i}`, bytes: encodePng({ width: w, height: h, data }), scale: 2 };
  });
}

function replyFor(tokens: TokenSet) {
  return {
    colors: tokens.colors.map((_, i) => ({ id: `c${i + 1}`, name: `color/text/muted-${i}`, role: "text-muted", description: "Secondary labels and helper text in lists", noise: false })),
    spacing: tokens.spacing.map((_, i) => ({ id: `s${i + 1}`, name: `spacing/md-${i}`, description: "Padding inside cards and list rows", noise: false })),
  };
}

interface Body {
  system: string;
  output_config: unknown;
  messages: { content: { type: string; text?: string; source?: { data: string } }[] }[];
}

function pngSize(b64: string): [number, number] {
  const bytes = Buffer.from(b64.slice(0, 64), "base64");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const usd = (input: number, output: number) => {
  const { price } = priceForModel(model);
  const tier = price.longContext && input > price.longContext.from ? price.longContext : price;
  return (input * tier.input + output * tier.output) / 1e6;
};

async function main() {
  const all = corpusFrames();
  const fake = await startFakeAnthropic();
  const namer = createClaudeNamer({ apiKey: "bench", baseURL: fake.url, model, timeoutMs: 30_000, circuitBreaker: createCircuitBreaker() });
  const options = ExtractOptionsSchema.parse({});
  console.log(`model ${model} (price ${JSON.stringify(priceForModel(model).price)} USD/MTok${tokenizerFactor > 1 ? ", newer tokenizer ×1.3" : ""})`);
  console.log("frames | candidates | image tok | text tok | output tok | USD/extraction | USD/frame | request KB | prep ms || baseline: 2 calls, full-size PNGs: USD | request KB");
  for (const n of [1, 3, 10]) {
    const picked = Array.from({ length: n }, (_, i) => all[i % all.length]);
    const frames: FrameInput[] = picked.map((f) => ({ bytes: f.bytes, options: { name: f.name, scale: f.scale } }));
    fake.reset();
    let reply: unknown = { colors: [], spacing: [] };
    const counting: typeof namer = async (input) => {
      reply = replyFor(input.tokens);
      fake.setDefault({ kind: "reply", json: reply });
      const t = performance.now();
      const out = await namer(input);
      prepMs = performance.now() - t;
      candidates = input.tokens.colors.length + input.tokens.spacing.length;
      return out;
    };
    let prepMs = 0;
    let candidates = 0;
    const res = await runExtractionAsync(frames, options, { namer: counting, namerImage: fitRgba });
    if (fake.requests.length !== 1) throw new Error(`expected 1 request, saw ${fake.requests.length}`);
    const body = fake.requests[0].body as Body;
    const blocks = body.messages[0].content;
    const imageTok = blocks.filter((b) => b.type === "image").reduce((s, b) => s + visualTokens(...pngSize(b.source!.data)), 0);
    const textChars = body.system.length + JSON.stringify(body.output_config).length + blocks.reduce((s, b) => s + (b.text?.length ?? 0), 0);
    const textTok = Math.ceil((textChars / CHARS_PER_TOKEN) * tokenizerFactor);
    const outTok = Math.ceil((JSON.stringify(reply).length / CHARS_PER_TOKEN) * tokenizerFactor);
    const cost = usd(imageTok + textTok, outTok);
    const requestKb = JSON.stringify(body).length / 1024;
    // Baseline: per type, full-size PNGs (the API bills the size it resizes to, capped at ~1568 visual tokens each).
    const baseImageTok = res.frames.reduce((s, f) => s + Math.min(1568, visualTokens(f.width, f.height)), 0);
    const baseCost = 2 * usd(baseImageTok + textTok, outTok / 2);
    const baseKb = (2 * (frames.reduce((s, f) => s + Math.ceil(f.bytes.length / 3) * 4, 0) + textChars)) / 1024;
    console.log(
      [n, candidates, imageTok, textTok, outTok, cost.toFixed(5), (cost / n).toFixed(5), requestKb.toFixed(0), prepMs.toFixed(0)].join(" | ") +
        ` || ${baseCost.toFixed(5)} | ${baseKb.toFixed(0)}`,
    );
    if (res.naming.source !== "claude") console.log(`  (naming fell back: ${JSON.stringify(res.naming.warnings)})`);
  }
  await fake.close();
}

await main();
