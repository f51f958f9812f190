import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { startMain } from "../../plugin/main/start-main.js";
import { createFigmaFake } from "../fakes/figma/index.js";
import { launchChromium } from "./chromium.js";
import { addFixtureFrame } from "./harness/fixture-node.js";
import { openPluginAsync, waitForReviewAsync } from "./harness/open-plugin.js";
import { startLocalWorkerAsync, type LocalWorker } from "./harness/start-worker.js";

const toHex = (c: { r: number; g: number; b: number }) => `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, "0")).join("")}`;

describe("extract → sync preview → apply, with the real main thread on the Figma fake (dark theme)", () => {
  let browser: Browser;
  let worker: LocalWorker;
  beforeAll(async () => {
    mkdirSync("test-output/screenshots", { recursive: true });
    [browser, worker] = await Promise.all([launchChromium(), startLocalWorkerAsync()]);
  });
  afterAll(async () => Promise.all([browser?.close(), worker?.close()]));

  it("previews created variables, writes exact values on confirm, then shows everything unchanged and a rename", async () => {
    const fake = createFigmaFake();
    const stopMain = startMain(fake.figma);
    const node = addFixtureFrame(fake, "Dark app", "tests/fixtures/corpus/dark-app@2x.png", 2);
    fake.select([node]);
    const plugin = await openPluginAsync(browser, fake.ui, { theme: "dark" });
    const { ui } = plugin;

    // Point the UI at the local Worker through the Settings screen (stored by the real main thread).
    await ui.click("nav >> text=Settings");
    await ui.fill("label:has-text('Backend URL') input", worker.url);
    await ui.click("button[type=submit]");
    await ui.waitForSelector("text=Saved.");
    await plugin.screenshotAsync("6-settings-dark");
    await ui.click("nav >> text=Frames");
    await ui.waitForSelector("[data-testid=frame] >> text=Dark app");
    // The frame list shows a preview before anything is extracted (get-thumbnails → exportAsync).
    await ui.waitForSelector("[data-testid=frame] img.thumb");
    await plugin.screenshotAsync("7-frames-dark");

    // Escape cancels a running extraction (the SSE request is aborted) and says so in plain words.
    await ui.click("[data-testid=extract]");
    await ui.waitForSelector("[data-testid=stage]");
    await ui.locator("body").press("Escape");
    await expect(ui.textContent("[data-testid=error]")).resolves.toContain("Extraction cancelled.");

    await ui.click("[data-testid=extract]");
    await waitForReviewAsync(ui);
    const hexes = await ui.$$eval("[data-testid=color]", (els) => els.map((e) => e.getAttribute("data-hex")!));
    for (const hex of ["#0b0f19", "#111827", "#1f2937"]) expect(hexes).toContain(hex);
    const px = await ui.$$eval("[data-testid=spacing-token]", (els) => els.map((e) => Number(e.getAttribute("data-px"))));
    const total = hexes.length + px.length;
    await plugin.screenshotAsync("8-review-dark");
    await ui.locator("#spacing-h").scrollIntoViewIfNeeded();
    await plugin.screenshotAsync("8b-review-spacing-dark");

    await ui.click("[data-testid=sync]");
    await ui.waitForSelector("[data-testid=sync-preview]");
    await expect(ui.textContent("[data-testid=sync-preview]")).resolves.toContain("(will be created)");
    await expect(ui.textContent("[data-testid=diff-created]")).resolves.toBe(`New ${total}`);
    expect(fake.variables.size).toBe(0);
    await plugin.screenshotAsync("9-sync-preview-dark");

    await ui.click("[data-testid=apply-sync]");
    await ui.waitForSelector("text=/Synced to “Copy That”/");
    const written = [...fake.variables.values()].filter((v) => v.resolvedType === "COLOR");
    expect(written.map((v) => toHex(Object.values(v.valuesByMode)[0] as RGBA)).sort()).toEqual([...hexes].sort());

    // Same tokens again: nothing to write. Then a rename shows as renamed, not as delete + create.
    await ui.click("[data-testid=sync]");
    await ui.waitForSelector("[data-testid=diff-unchanged]");
    await expect(ui.isDisabled("[data-testid=apply-sync]")).resolves.toBe(true);
    await ui.getByRole("button", { name: "Back", exact: true }).click();
    const input = ui.locator('[data-hex="#111827"] input[aria-label^="Name of"]');
    await input.fill("surface/raised");
    await input.press("Enter");
    await ui.click("[data-testid=sync]");
    await ui.waitForSelector("[data-testid=sync-preview]");
    await expect(ui.textContent("[data-testid=sync-preview]")).resolves.toContain("Renamed 1");
    await expect(ui.textContent("[data-testid=sync-preview]")).resolves.toContain("color/surface/raised");
    await plugin.screenshotAsync("10-sync-rename-dark");

    // A name the designer already uses for a number variable: shown as skipped, never overwritten or deleted.
    const [collection] = await fake.figma.variables.getLocalVariableCollectionsAsync();
    const theirs = fake.figma.variables.createVariable("color/taken-by-designer", collection!, "FLOAT");
    await ui.getByRole("button", { name: "Back", exact: true }).click();
    const other = ui.locator('[data-hex="#0b0f19"] input[aria-label^="Name of"]');
    await other.fill("taken-by-designer");
    await other.press("Enter");
    await ui.click("[data-testid=sync]");
    await ui.waitForSelector("[data-testid=diff-conflicts]");
    await expect(ui.textContent("[data-testid=diff-conflicts]")).resolves.toContain("Skipped");
    await expect(ui.textContent("[data-testid=sync-preview]")).resolves.toContain("color/taken-by-designer");
    expect(fake.variables.get(theirs.id)?.resolvedType).toBe("FLOAT");

    // Export the file's existing variables (list-collections → export-variables → exporters).
    await ui.getByRole("button", { name: "Back", exact: true }).click();
    await ui.click("nav >> text=Export");
    const source = ui.locator("[data-testid=export-source]");
    await expect.poll(() => source.locator("option").allTextContents()).toContain(`Variables: Copy That (${total + 1})`);
    await source.selectOption({ label: `Variables: Copy That (${total + 1})` });
    await ui.click('[data-format="tailwind"]');
    await expect.poll(() => ui.textContent("[data-testid=export-preview]")).toContain("@theme");
    const tw = (await ui.textContent("[data-testid=export-preview]"))!;
    for (const hex of hexes) expect(tw).toContain(hex);
    for (const v of px) expect(tw).toMatch(new RegExp(`--spacing-[a-z0-9-]+: ${v}px;`));
    await plugin.screenshotAsync("11-export-variables-dark");

    // The corner grip resizes the plugin window through the main thread (figma.ui.resize).
    const grip = (await (await plugin.ui.$(".resize-handle"))!.boundingBox())!;
    const [x, y] = [grip.x + grip.width / 2, grip.y + grip.height / 2]; // boundingBox is in page coordinates
    await plugin.page.mouse.move(x, y);
    await plugin.page.mouse.down();
    await plugin.page.mouse.move(x - 80, y - 40, { steps: 4 }); // inwards: the harness can't grow the iframe
    await plugin.page.mouse.up();
    await expect.poll(() => fake.log.resizes.at(-1)).toEqual({ width: 340, height: 600 });
    await plugin.close();
    stopMain();
  });
});
