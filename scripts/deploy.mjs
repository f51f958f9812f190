#!/usr/bin/env node
// `npm run deploy`: builds the plugin with COPY_THAT_API_URL and deploys the Worker (see README → Deploy).
import { spawnSync } from "node:child_process";
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!process.env.COPY_THAT_API_URL) console.warn("COPY_THAT_API_URL is not set: the plugin keeps its default backend URL.");
run("node", ["scripts/build-plugin.mjs"]);
run("npx", ["wrangler", "deploy", "--config", "wrangler.toml", ...process.argv.slice(2)]);
