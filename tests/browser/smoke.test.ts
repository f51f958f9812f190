import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.js";

describe("plugin UI bundle", () => {
  let browser: Browser;
  beforeAll(async () => void (browser = await launchChromium()));
  afterAll(async () => browser?.close());

  it("renders dist/ui.html in Chromium", async () => {
    const page = await browser.newPage();
    await page.setContent(readFileSync("dist/ui.html", "utf8"));
    await expect(page.textContent("main")).resolves.toContain("Copy That");
  });
});
