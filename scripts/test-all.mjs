#!/usr/bin/env node
// `npm test`: typecheck → lint → build → chromium check → all vitest projects (unit, worker, browser).
// Stops at the first failing step and prints per-step durations.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const REPORT = "test-output/vitest-report.json";
rmSync(REPORT, { force: true });

const steps = [
  ["typecheck", "npx", ["tsc", "-b"]],
  ["lint", "npx", ["eslint", "--max-warnings", "0", "."]],
  ["build", "node", ["scripts/build-plugin.mjs"]],
  ["chromium", "node", ["scripts/ensure-chromium.mjs"]],
  ["tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${REPORT}`, ...process.argv.slice(2)]],
];
const times = [];
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  times.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}
console.log(`\n✔ all steps passed: ${times.join(", ")}`);
if (existsSync(REPORT)) {
  const r = JSON.parse(readFileSync(REPORT, "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
}
