import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import type { ExtractResponse } from "../../shared/contract/extract.js";
import { launchChromium } from "./chromium.js";
import { openPluginAsync, waitForReviewAsync } from "./harness/open-plugin.js";
import { createScriptedMain } from "./harness/scripted-main.js";
import { startLocalWorkerAsync, type LocalWorker } from "./harness/start-worker.js";

const truth = JSON.parse(readFileSync("tests/fixtures/corpus/brand-board.truth.json", "utf8")) as { fills: string[] };
/** The Worker's JSON answer for one PNG at 2x (what the UI should be showing). */
async function extractDirectAsync(url: string, png: string): Promise<ExtractResponse> {
  const body = new FormData();
  body.append("frame", new Blob([readFileSync(png)], { type: "image/png" }), "f.png");
  body.append("options", new Blob([JSON.stringify({ frames: [{ name: "Brand board", scale: 2 }], naming: "auto" })], { type: "application/json" }));
  const res = await fetch(`${url}/v1/extract`, { method: "POST", body, headers: { "X-Client-Id": "harness-client" } });
  return (await res.json()) as ExtractResponse;
}

const BRAND = ["#e4572e", "#29335c", "#f3a712", "#669bbc", "#4b7f52"];

describe("select → extract → review → export (real Worker in Miniflare, heuristic naming)", () => {
  let browser: Browser;
  let worker: LocalWorker;
  beforeAll(async () => {
    mkdirSync("test-output/screenshots", { recursive: true });
    [browser, worker] = await Promise.all([launchChromium(), startLocalWorkerAsync()]);
  });
  afterAll(async () => Promise.all([browser?.close(), worker?.close()]));

  it("shows progress, the fixture's exact colors and spacing, saves edits, and exports/copies CSS", async () => {
    const main = createScriptedMain([{ id: "1:2", name: "Brand board", png: "tests/fixtures/corpus/brand-board@2x.png", scale: 2 }], { backendUrl: worker.url });
    const plugin = await openPluginAsync(browser, main.side, { theme: "light" });
    const { ui } = plugin;
    await ui.waitForSelector("[data-testid=frame] >> text=Brand board");
    await expect(ui.textContent("[data-testid=frames]")).resolves.toContain("1200 × 800");
    await plugin.screenshotAsync("1-frames-light");

    // Record every stage label the UI shows while extracting.
    await ui.evaluate(() => {
      const seen: string[] = ((window as unknown as { __stages: string[] }).__stages = []);
      new MutationObserver(() => document.querySelectorAll("[data-testid=stage]").forEach((n) => seen.includes(n.textContent!) || seen.push(n.textContent!))).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await ui.click("[data-testid=extract]");
    await waitForReviewAsync(ui);
    const stages = await ui.evaluate(() => (window as unknown as { __stages: string[] }).__stages);
    // Live progress per stage from the SSE stream (renders may coalesce adjacent stages).
    const ORDER = ["Exporting…", "Uploading…", "Received", "Checked", "Decoded", "Measured", "Naming…", "Merging…", "Done"];
    expect(stages.slice(0, 2)).toEqual(["Exporting…", "Uploading…"]);
    // At least one server-side stage from the SSE stream was painted (adjacent ones may share a frame).
    expect(stages.some((s) => ORDER.indexOf(s) >= ORDER.indexOf("Received"))).toBe(true);
    expect(stages.map((s) => ORDER.indexOf(s))).toEqual([...stages.map((s) => ORDER.indexOf(s))].sort((a, b) => a - b));
    expect(main.state.exported).toEqual([{ scale: 2, ids: ["1:2"] }]);

    const hexes = await ui.$$eval("[data-testid=color]", (els) => els.map((e) => e.getAttribute("data-hex")!));
    for (const hex of [...BRAND, "#fdfcfb"]) expect(hexes).toContain(hex);
    expect(hexes.every((h) => /^#[0-9a-f]{6}$/.test(h))).toBe(true);
    expect(hexes.filter((h) => truth.fills.includes(h)).length).toBeGreaterThanOrEqual(8);
    // The review shows exactly what the Worker returned (same PNG again → its cached result).
    const returned = await extractDirectAsync(worker.url, "tests/fixtures/corpus/brand-board@2x.png");
    expect([...hexes].sort()).toEqual(returned.colors.map((c) => c.hex).sort());
    const px = await ui.$$eval("[data-testid=spacing-token]", (els) => els.map((e) => Number(e.getAttribute("data-px"))));
    expect(px).toEqual(returned.spacing.map((s) => s.px).sort((a, b) => a - b));
    if (returned.baseUnit) await expect(ui.textContent("[data-testid=base-unit]")).resolves.toContain(`Base unit ${returned.baseUnit} px`);
    await expect(ui.textContent("[data-testid=naming]")).resolves.toContain("Heuristic names");
    await expect.poll(() => main.state.saved?.tokens.colors.length).toBe(hexes.length);
    await plugin.screenshotAsync("2-review-light");

    // Rename with Enter → saved with the user's name.
    const input = ui.locator('[data-hex="#e4572e"] input[aria-label^="Name of"]');
    await input.fill("Brand / Flame");
    await input.press("Enter");
    await expect.poll(() => main.state.saved?.tokens.colors.find((c) => c.hex === "#e4572e")?.name).toBe("color/brand/flame");

    // Merge two colors: the one with more coverage keeps its hex.
    await ui.check('[data-hex="#669bbc"] input[type=checkbox]');
    await ui.check('[data-hex="#4b7f52"] input[type=checkbox]');
    await ui.click("[data-testid=merge]");
    await expect.poll(() => ui.$$eval("[data-testid=color]", (els) => els.length)).toBe(hexes.length - 1);
    await expect(ui.textContent("[data-testid=excluded]")).resolves.toMatch(/#669bbc|#4b7f52/);

    // Export CSS: preview shows the exact values, Copy puts exactly that text on the clipboard.
    await ui.click("text=Export…");
    await ui.waitForSelector("[data-testid=export-preview]");
    const css = (await ui.textContent("[data-testid=export-preview]"))!;
    expect(css).toContain(":root");
    expect(css).toMatch(/--color-brand-flame:\s*#e4572e;/);
    await ui.evaluate(() => {
      document.addEventListener("copy", () => {
        const el = document.activeElement as HTMLTextAreaElement;
        (window as unknown as { __copied: string }).__copied = el.value.slice(el.selectionStart, el.selectionEnd);
      });
    });
    await ui.click("[data-testid=copy]");
    await expect(ui.evaluate(() => (window as unknown as { __copied: string }).__copied)).resolves.toBe(css);
    await expect(ui.textContent("[data-testid=export-status]")).resolves.toContain("Copied tokens.css");
    await plugin.screenshotAsync("3-export-css-light");

    await ui.click('[data-format="dtcg"]');
    const dtcg = JSON.parse((await ui.textContent("[data-testid=export-preview]"))!);
    expect(JSON.stringify(dtcg)).toContain("#e4572e");
    const download = plugin.page.waitForEvent("download");
    await ui.click("[data-testid=download]");
    expect((await download).suggestedFilename()).toMatch(/\.tokens\.json$/);
    await plugin.close();

    // Reopening the plugin restores the last extraction with the designer's edits (load-extraction).
    const reopened = await openPluginAsync(browser, main.side, { theme: "dark" });
    await reopened.ui.waitForSelector("text=/Restored the extraction/");
    await expect(reopened.ui.inputValue('[data-hex="#e4572e"] input[aria-label^="Name of"]')).resolves.toBe("color/brand/flame");
    await expect.poll(() => reopened.ui.$$eval("[data-testid=color]", (els) => els.length)).toBe(hexes.length - 1);
    await reopened.screenshotAsync("12-restored-review-dark");

    // Switching the naming style renames the colors the designer did not edit, right away.
    const palette = main.state.saved!.response.colors.find((c) => c.hex === "#29335c")!.palette;
    await reopened.ui.click("nav >> text=Settings");
    await reopened.ui.selectOption("label:has-text('Naming style') select", "palette");
    await reopened.ui.click("button[type=submit]");
    await reopened.ui.waitForSelector("text=Saved.");
    await reopened.ui.click("nav >> text=Review");
    await expect(reopened.ui.inputValue('[data-hex="#29335c"] input[aria-label^="Name of"]')).resolves.toBe(`color/${palette}`);
    await expect(reopened.ui.inputValue('[data-hex="#e4572e"] input[aria-label^="Name of"]')).resolves.toBe("color/brand/flame");
    await expect.poll(() => main.state.saved?.tokens.colors.find((c) => c.hex === "#29335c")?.name).toBe(`color/${palette}`);
    await reopened.close();
  });
});
