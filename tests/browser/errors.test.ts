import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import type { Browser, Frame } from "playwright-core";
import { launchChromium } from "./chromium.js";
import { openPluginAsync } from "./harness/open-plugin.js";
import { createScriptedMain } from "./harness/scripted-main.js";
import { startLocalWorkerAsync, type LocalWorker } from "./harness/start-worker.js";

async function saveSettingsAsync(ui: Frame, backendUrl: string, accessKey: string) {
  await ui.click("nav >> text=Settings");
  await ui.fill("label:has-text('Backend URL') input", backendUrl);
  await ui.fill("label:has-text('Access key') input", accessKey);
  await ui.click("button[type=submit]");
  await ui.waitForSelector("text=Saved.");
  await ui.click("nav >> text=Frames");
}

async function extractErrorAsync(ui: Frame): Promise<string> {
  await ui.click("[data-testid=extract]");
  const banner = await ui.waitForSelector("[data-testid=error]", { timeout: 60_000 });
  return (await banner.textContent())!;
}

describe("errors in plain words (real Worker: access keys, 1 request/min, 20 kB frame limit)", () => {
  let browser: Browser;
  let worker: LocalWorker;
  beforeAll(async () => {
    mkdirSync("test-output/screenshots", { recursive: true });
    [browser, worker] = await Promise.all([launchChromium(), startLocalWorkerAsync({ ACCESS_KEYS: "good-key", RATE_LIMIT_PER_MINUTE: "2", MAX_FRAME_BYTES: "20000" })]);
  });
  afterAll(async () => Promise.all([browser?.close(), worker?.close()]));

  it("explains unreachable, 401, 413 (which frame, what to do) and 429 (wait N s)", async () => {
    const main = createScriptedMain([{ id: "1:2", name: "Brand board", png: "tests/fixtures/corpus/brand-board@2x.png", scale: 2 }]);
    const plugin = await openPluginAsync(browser, main.side, { theme: "light" });
    const { ui } = plugin;
    await ui.waitForSelector("[data-testid=frame]");

    // Backend down (nothing listens on port 9).
    const down = await extractErrorAsync(ui);
    expect(down).toContain("The Copy That backend can't be reached.");
    expect(down).toContain("Check the backend URL in Settings");
    await plugin.screenshotAsync("4-error-unreachable-light");

    // …and the designer can still measure in the plugin itself, clearly labelled.
    await ui.click("[data-testid=run-local]");
    await ui.waitForSelector("text=Measured locally, heuristic names", { timeout: 60_000 });
    const reviewed = (await ui.textContent("body"))!.toLowerCase();
    for (const hex of ["#e4572e", "#29335c", "#f3a712", "#669bbc", "#4b7f52"]) expect(reviewed).toContain(hex);
    await plugin.screenshotAsync("4b-local-run-light");
    await ui.click("nav >> text=Frames");

    // Wrong key → 401; the settings were saved through set-settings.
    await saveSettingsAsync(ui, worker.url, "wrong-key");
    expect(main.state.settings).toMatchObject({ backendUrl: worker.url, accessKey: "wrong-key" });
    expect(await extractErrorAsync(ui)).toContain("Check the access key in Settings");

    // Right key, but the 137 kB PNG is over the 20 kB frame limit → names the frame and the fix.
    await saveSettingsAsync(ui, worker.url, "good-key");
    const tooBig = await extractErrorAsync(ui);
    expect(tooBig).toContain("“Brand board” is too large to upload.");
    expect(tooBig).toContain("Lower the export scale");
    await extractErrorAsync(ui);

    // Third request in the minute → 429 with the wait from Retry-After; Extract waits too.
    const limited = await extractErrorAsync(ui);
    expect(limited).toContain("Too many extractions right now.");
    // "Wait N s" while the window lasts; "You can extract again now." once it is over (it may end right away).
    expect(limited).toMatch(/Wait \d+ s, then extract again\.|You can extract again now\./);
    const wait = Number(/Wait (\d+) s/.exec(limited)?.[1] ?? 0);
    // Extract stays disabled for the wait (the window may be about to end: only check a wait we can observe).
    if (wait >= 3) await expect(ui.isDisabled("[data-testid=extract]")).resolves.toBe(true);
    await plugin.screenshotAsync("5-error-rate-limited-light");
    await plugin.close();
  });
});
