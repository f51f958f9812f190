import { chromium, type Browser } from "playwright-core";
import { existsSync } from "node:fs";

/** Launches Debian's Chromium headless (CHROMIUM_PATH overrides). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p): p is string => !!p && existsSync(p));
  if (!executablePath) throw new Error("Chromium not found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH");
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
