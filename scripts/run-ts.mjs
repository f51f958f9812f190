#!/usr/bin/env node
// Runs a TypeScript entry (benchmarks, CLI) on Node 20, which cannot strip types itself:
// esbuild bundles it (npm packages stay external) into node_modules/.cache and imports it.
//   node scripts/run-ts.mjs <entry.ts> [args...]
import { build } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.mjs <entry.ts> [args...]");
  process.exit(2);
}
const outdir = resolve("node_modules/.cache/run-ts");
mkdirSync(outdir, { recursive: true });
// One bundle per process: two concurrent runs (e.g. two `npm run extract`) must not clash.
const outfile = resolve(outdir, `${basename(entry).replace(/\.tsx?$/, "")}-${process.pid}.mjs`);
await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile,
  sourcemap: "inline",
  jsx: "automatic",
  jsxImportSource: "preact",
  logLevel: "warning",
});
process.argv = [process.argv[0], resolve(entry), ...args];
process.on("exit", () => rmSync(outfile, { force: true }));
await import(pathToFileURL(outfile).href);
