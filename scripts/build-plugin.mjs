#!/usr/bin/env node
// Builds the Figma plugin into dist/: dist/code.js (main thread) and dist/ui.html (UI inlined).
// `--watch` rebuilds on change. Prints the bundle budget (gzipped sizes vs. limits).
// COPY_THAT_API_URL (the production Worker, https) becomes the plugin's default backend and is
// written into manifest.json's networkAccess.allowedDomains; unset, the manifest is left as is
// (allowedDomains ["none"]: only the dev Worker on http://localhost:8787 is reachable).
import { context, build, transform } from "esbuild";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const watch = process.argv.includes("--watch");
const apiUrl = (process.env.COPY_THAT_API_URL ?? "").trim().replace(/\/+$/, "");
const DEV_DOMAINS = ["http://localhost:8787"];
const BUDGET = { "code.js": 30 * 1024, "ui.html": 60 * 1024 };
mkdirSync("dist", { recursive: true });

/** Checks the Worker URL and returns its origin (what `allowedDomains` lists). */
function workerOrigin(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`COPY_THAT_API_URL is not a URL: ${url}`);
  }
  if (parsed.protocol !== "https:") throw new Error(`COPY_THAT_API_URL must be https (Figma only allows https outside devAllowedDomains): ${url}`);
  return parsed.origin;
}

/** Writes allowedDomains for the production Worker, keeping devAllowedDomains on the local Worker. */
function writeManifest(origin) {
  const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
  manifest.networkAccess = { ...manifest.networkAccess, allowedDomains: [origin], devAllowedDomains: DEV_DOMAINS };
  writeFileSync("manifest.json", JSON.stringify(manifest, null, 2) + "\n");
  console.log(`manifest.json allowedDomains → ${origin}`);
}

if (apiUrl) writeManifest(workerOrigin(apiUrl));

const define = {
  "process.env.COPY_THAT_API_URL": JSON.stringify(apiUrl),
  __COPY_THAT_API_URL__: JSON.stringify(apiUrl),
  "process.env.NODE_ENV": '"production"',
};

const mainOptions = {
  entryPoints: ["plugin/main/index.ts"],
  bundle: true,
  format: "iife",
  target: "es2017",
  platform: "neutral",
  mainFields: ["module", "main"],
  outfile: "dist/code.js",
  minify: true,
  define,
  logLevel: "warning",
};

const uiOptions = {
  entryPoints: ["plugin/ui/index.tsx"],
  bundle: true,
  write: false,
  outfile: "dist/ui.js",
  format: "iife",
  // The UI runs in Figma's browser iframe (current Chromium), not the main-thread sandbox: ES2020
  // keeps object spread and ?. native instead of helper calls.
  target: "es2020",
  jsx: "automatic",
  jsxImportSource: "preact",
  minify: true,
  define,
  plugins: [minifiedCssText()],
  logLevel: "warning",
};

/** `import css from "./x.css"` yields the stylesheet minified, as text (injected into a <style> by the UI). */
function minifiedCssText() {
  return {
    name: "minified-css-text",
    setup(b) {
      b.onLoad({ filter: /\.css$/ }, async (args) => {
        const { code } = await transform(readFileSync(args.path, "utf8"), { loader: "css", minify: true, target: "chrome90" });
        return { contents: code, loader: "text" };
      });
    },
  };
}

function writeUi(result) {
  const js = result.outputFiles.find((f) => f.path.endsWith(".js")).text.replace(/<\/script/gi, "<\\/script");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body><div id="root"></div><script>${js}</script></body></html>`;
  writeFileSync("dist/ui.html", html);
}

function report() {
  for (const [file, limit] of Object.entries(BUDGET)) {
    const gz = gzipSync(readFileSync(`dist/${file}`)).length;
    const ok = gz <= limit;
    console.log(`bundle ${file.padEnd(8)} ${(gz / 1024).toFixed(1).padStart(6)} KB gzipped (budget ${limit / 1024} KB) ${ok ? "ok" : "OVER BUDGET"}`);
    if (!ok && !watch) process.exitCode = 1;
  }
}

if (watch) {
  const main = await context({ ...mainOptions, plugins: [{ name: "report", setup: (b) => b.onEnd(() => console.log("plugin main rebuilt")) }] });
  const ui = await context({ ...uiOptions, plugins: [...uiOptions.plugins, { name: "inline", setup: (b) => b.onEnd((r) => r.errors.length || (writeUi(r), console.log("plugin ui rebuilt"))) }] });
  await Promise.all([main.watch(), ui.watch()]);
} else {
  await build(mainOptions);
  writeUi(await build(uiOptions));
  report();
}
