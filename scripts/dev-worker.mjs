#!/usr/bin/env node
// `npm run dev:worker [-- extra wrangler args]`: the Worker alone via wrangler dev on 127.0.0.1:8787
// with local KV (.wrangler/state). Reads secrets from .dev.vars when present.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const devVars = existsSync(".dev.vars") ? readFileSync(".dev.vars", "utf8") : "";
const has = (k) => new RegExp(`^\\s*${k}\\s*=\\s*\\S+`, "m").test(devVars) || !!process.env[k];
console.log(
  has("ANTHROPIC_API_KEY")
    ? "naming: Claude (ANTHROPIC_API_KEY from .dev.vars)"
    : "naming: heuristic — no ANTHROPIC_API_KEY in .dev.vars; tokens get rule-based names (copy .dev.vars.example to .dev.vars to enable Claude)",
);
console.log(has("ACCESS_KEYS") ? "auth: bearer access keys required on /v1/*" : "auth: open API (no ACCESS_KEYS) — fine for local dev, never deploy like this");

const args = ["wrangler", "dev", "--config", "wrangler.toml", "--ip", "127.0.0.1", "--port", "8787", "--show-interactive-dev-session=false", ...process.argv.slice(2)];
const child = spawn("npx", args, {
  stdio: "inherit",
  env: { ...process.env, WRANGLER_SEND_METRICS: "false", WRANGLER_HIDE_BANNER: "true", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
