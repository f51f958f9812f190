import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExtractResponseSchema } from "../../shared/contract/extract.js";
import { encodeRgbaPng } from "../../shared/engine/png/encode-png.js";
import { startFakeAnthropic, type FakeAnthropic } from "../setup/fake-anthropic.js";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/extract.mjs …args` (what `npm run -s extract -- …` runs). */
function extractAsync(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/extract.mjs", ...args], {
      env: { ...process.env, ANTHROPIC_API_KEY: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A small UI-like frame with exactly known colors: white page, indigo button, slate card. */
function uiPng(scale: number): Uint8Array {
  const w = 160 * scale;
  const h = 100 * scale;
  const data = new Uint8Array(w * h * 4);
  const rect = (x0: number, y0: number, rw: number, rh: number, [r, g, b]: number[]) => {
    for (let y = y0 * scale; y < (y0 + rh) * scale; y++)
      for (let x = x0 * scale; x < (x0 + rw) * scale; x++) data.set([r, g, b, 255], (y * w + x) * 4);
  };
  rect(0, 0, 160, 100, [255, 255, 255]);
  rect(16, 16, 64, 24, [0x63, 0x66, 0xf1]);
  rect(16, 56, 128, 32, [0xe2, 0xe8, 0xf0]);
  return encodeRgbaPng({ width: w, height: h, data });
}

let dir: string;
let fake: FakeAnthropic;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "copy-that-cli-"));
  writeFileSync(join(dir, "Home@2x.png"), uiPng(2));
  writeFileSync(join(dir, "bad.png"), new TextEncoder().encode("this is not a png"));
  const trunc = uiPng(1);
  writeFileSync(join(dir, "cut.png"), trunc.subarray(0, trunc.length - 20));
  fake = await startFakeAnthropic();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await fake.close();
});

describe("npm run extract (CLI)", () => {
  it("prints exactly an extract response for a PNG, with the exact colors and the @2x scale", async () => {
    const r = await extractAsync([join(dir, "Home@2x.png")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const response = ExtractResponseSchema.parse(JSON.parse(r.stdout));
    expect(response.frames[0]).toMatchObject({ name: "Home@2x", width: 320, height: 200, scale: 2 });
    const hexes = response.colors.map((c) => c.hex);
    expect(hexes).toEqual(expect.arrayContaining(["#ffffff", "#6366f1", "#e2e8f0"]));
    expect(response.naming.source).toBe("heuristic");
  }, 60_000);

  it("reports a bad file as one stderr line with its code and a non-zero exit", async () => {
    const bad = await extractAsync([join(dir, "Home@2x.png"), join(dir, "bad.png")]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe(`error not_png: Not a PNG file (bad signature). (${join(dir, "bad.png")})\n`);
    const cut = await extractAsync([join(dir, "cut.png")]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/^error truncated: .* \(.*cut\.png\)\n$/);
    const usage = await extractAsync(["--format", "nope", join(dir, "Home@2x.png")]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^error bad_options: /);
    const range = await extractAsync(["--max-colors", "0", join(dir, "Home@2x.png")]);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/^error bad_options: maxColors: /);
  }, 90_000);

  it("exports other formats through the exporters (css)", async () => {
    const r = await extractAsync([join(dir, "Home@2x.png"), "--format", "css"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(":root {");
    expect(r.stdout).toMatch(/--color-[a-z0-9-]+: #6366f1;/);
  }, 60_000);

  it("names with Claude when ANTHROPIC_API_KEY is set (fake Messages API)", async () => {
    fake.reset();
    fake.setDefault({ kind: "reply", json: { colors: [], spacing: [] } });
    const r = await extractAsync([join(dir, "Home@2x.png")], {
      ANTHROPIC_API_KEY: "sk-ant-test",
      ANTHROPIC_BASE_URL: fake.url,
      CLAUDE_MODEL: "claude-test-model",
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    ExtractResponseSchema.parse(JSON.parse(r.stdout));
    const calls = fake.requests.filter((q) => q.path.includes("/v1/messages"));
    expect(calls).toHaveLength(1);
    expect((calls[0].body as { model: string }).model).toBe("claude-test-model");
  }, 60_000);
});
