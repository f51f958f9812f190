import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { startFakeAnthropic, type FakeAnthropic } from "../setup/fake-anthropic.js";
import { launchChromium } from "./chromium.js";
import { openPluginAsync, waitForReviewAsync } from "./harness/open-plugin.js";
import { createScriptedMain } from "./harness/scripted-main.js";
import { startLocalWorkerAsync, type LocalWorker } from "./harness/start-worker.js";

describe("Claude naming (real Worker → fake Messages API)", () => {
  let browser: Browser;
  let worker: LocalWorker;
  // A fake of its own: the shared one's script queue is also used by other projects' tests.
  let fake: FakeAnthropic;
  beforeAll(async () => {
    mkdirSync("test-output/screenshots", { recursive: true });
    fake = await startFakeAnthropic();
    [browser, worker] = await Promise.all([launchChromium(), startLocalWorkerAsync({ ANTHROPIC_API_KEY: "sk-ant-test", ANTHROPIC_BASE_URL: fake.url })]);
  });
  afterAll(async () => Promise.all([browser?.close(), worker?.close(), fake?.close()]));

  it("labels Claude's names with the model and cost, and shows the names Claude gave", async () => {
    const reply = {
      kind: "reply",
      json: { colors: [{ id: "c1", name: "color/brand/ember", role: "primary", description: "Main call to action", noise: false }], spacing: [] },
      usage: { input_tokens: 2000, output_tokens: 400 },
    };
    await fetch(`${fake.url}/__fake/script`, { method: "POST", body: JSON.stringify([reply]) });
    const main = createScriptedMain([{ id: "7:1", name: "Marketing", png: "tests/fixtures/corpus/marketing@1x.png", scale: 1 }], { backendUrl: worker.url });
    const plugin = await openPluginAsync(browser, main.side, { theme: "light" });
    await plugin.ui.waitForSelector("[data-testid=frame]");
    await plugin.ui.click("[data-testid=extract]");
    await waitForReviewAsync(plugin.ui);
    const naming = (await plugin.ui.textContent("[data-testid=naming]"))!;
    expect(naming).toContain("Named by Claude (claude-haiku-4-5)");
    expect(naming).toMatch(/~\$0\.\d{4}/);
    expect(naming).not.toContain("Heuristic names");
    const names = await plugin.ui.$$eval('[data-testid=color] input[aria-label^="Name of"]', (els) => els.map((e) => (e as HTMLInputElement).value));
    expect(names).toContain("color/brand/ember");
    // Tokens the reply did not cover keep heuristic names and say so.
    await expect(plugin.ui.locator("[data-testid=color] .badge.label", { hasText: "heuristic" }).count()).resolves.toBe(names.length - 1);
    // Photo regions the measurer kept out of the palette are reported per frame.
    await expect.poll(() => main.state.saved?.response.frames.length).toBe(1);
    const photos = main.state.saved!.response.frames[0].photos;
    if (photos > 0) await expect(plugin.ui.textContent("[data-testid=frame-reports]")).resolves.toContain(`Marketing: ${photos} photo${photos === 1 ? "" : "s"} kept out of the palette`);
    else await expect(plugin.ui.$("[data-testid=frame-reports]")).resolves.toBeNull();
    await plugin.screenshotAsync("13-review-claude-light");
    await plugin.close();
  });
});
