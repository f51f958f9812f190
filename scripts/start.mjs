#!/usr/bin/env node
// `npm start`: builds the plugin into dist/ in watch mode and runs the Worker on 127.0.0.1:8787.
import { spawn } from "node:child_process";

const children = [
  spawn("node", ["scripts/build-plugin.mjs", "--watch"], { stdio: "inherit" }),
  spawn("node", ["scripts/dev-worker.mjs", ...process.argv.slice(2)], { stdio: "inherit" }),
];
console.log(
  [
    "",
    "Copy That — local run",
    "  Worker:  http://127.0.0.1:8787  (try: curl -s 127.0.0.1:8787/health)",
    "  Plugin:  dist/ (rebuilt on change)",
    "  In Figma desktop: Plugins → Development → Import plugin from manifest… → choose manifest.json in this folder,",
    "  then in the plugin's Settings set the backend to http://localhost:8787.",
    "",
  ].join("\n"),
);
const stop = (sig) => children.forEach((c) => c.kill(sig));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => (stop(sig), process.exit(0)));
for (const c of children) c.on("exit", (code) => (stop("SIGTERM"), process.exit(code ?? 0)));
