import { describe, expect, it } from "vitest";
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { runInNewContext } from "node:vm";
import { createRpcClient } from "../../shared/protocol/rpc";
import { createFigmaFake } from "../fakes/figma";

/** Builds plugin/main/index.ts the way scripts/build-plugin.mjs does (ES2017 IIFE, neutral platform). */
async function buildMainAsync(apiUrl: string): Promise<string> {
  const result = await build({
    entryPoints: ["plugin/main/index.ts"], bundle: true, format: "iife", target: "es2017", platform: "neutral", mainFields: ["module", "main"],
    minify: true, write: false, define: { __COPY_THAT_API_URL__: JSON.stringify(apiUrl), "process.env.COPY_THAT_API_URL": JSON.stringify(apiUrl) }, logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

describe("built main thread", () => {
  it("stays far under the 30 KB gz budget (no zod inside) and answers the UI from a sandbox with only `figma`", async () => {
    const code = await buildMainAsync("https://copy-that.example.workers.dev");
    expect(gzipSync(code).length).toBeLessThan(30 * 1024);
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    const fake = createFigmaFake();
    runInNewContext(code, { figma: fake.figma, __html__: "<html></html>", setTimeout, console });
    expect(fake.log.showUI).toEqual([{ width: 420, height: 640, themeColors: true }]);
    const client = createRpcClient((m) => fake.ui.sendToMain(m), (l) => fake.ui.onMessageFromMain(l), { timeoutMs: 3000 });
    const settings = await client.callAsync("get-settings", {});
    expect(settings.backendUrl).toBe("https://copy-that.example.workers.dev");
    fake.select([fake.addNode({ type: "FRAME", name: "Card", width: 20, height: 10 })]);
    expect((await client.callAsync("get-selection", {})).frames.map((f) => f.name)).toEqual(["Card"]);
    client.dispose();
  });
});
