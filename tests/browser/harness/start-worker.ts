import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { readFileSync } from "node:fs";

/** A running local Worker (the real `worker/index.ts`) and how to stop it. */
export interface LocalWorker {
  url: string;
  close(): Promise<void>;
}

function wranglerVars(): Record<string, string> {
  const toml = readFileSync("wrangler.toml", "utf8");
  const section = toml.split(/^\[vars\]\s*$/m)[1]?.split(/^\[/m)[0] ?? "";
  const vars: Record<string, string> = {};
  for (const m of section.matchAll(/^([A-Z0-9_]+)\s*=\s*"([^"]*)"/gm)) vars[m[1]] = m[2];
  return vars;
}

/**
 * Bundles worker/index.ts with esbuild and runs it in Miniflare (workerd) with local KV, the
 * wrangler.toml vars, and `bindings` on top (e.g. the fake Anthropic URL). Listens on a random port.
 */
export async function startLocalWorkerAsync(bindings: Record<string, string> = {}): Promise<LocalWorker> {
  const out = await build({
    entryPoints: ["worker/index.ts"],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    target: "es2022",
    external: ["node:*", "cloudflare:*"],
    logLevel: "error",
  });
  const mf = new Miniflare({
    modules: true,
    script: out.outputFiles[0].text,
    compatibilityDate: "2026-04-20",
    compatibilityFlags: ["nodejs_compat"],
    kvNamespaces: ["CACHE", "LIMITS"],
    bindings: { ...wranglerVars(), ...bindings },
    host: "127.0.0.1",
    port: 0,
  });
  const url = (await mf.ready).toString().replace(/\/$/, "");
  return { url, close: () => mf.dispose() };
}
