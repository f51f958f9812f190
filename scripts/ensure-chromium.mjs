#!/usr/bin/env node
// Makes sure a Chromium for the browser tests exists. Order: $CHROMIUM_PATH, /usr/bin/chromium.
// Missing and root on Debian → apt-get install -y chromium. Otherwise exits 1 saying what to do.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) {
  console.log(`chromium: ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (isRoot && hasApt) {
  console.log("chromium missing: installing Debian's chromium (apt-get install -y chromium)…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null", { stdio: "inherit", shell: "/bin/bash" });
  if (existsSync("/usr/bin/chromium")) process.exit(0);
}
console.error(
  [
    "The browser tests need Chromium and none was found.",
    "  Debian/Ubuntu:  sudo apt-get install -y chromium",
    "  or point CHROMIUM_PATH at an existing Chromium/Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test",
  ].join("\n"),
);
process.exit(1);
