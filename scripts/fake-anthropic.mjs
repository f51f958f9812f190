#!/usr/bin/env node
// Runs the fake Messages API standalone for `npm run dev:worker` experiments:
//   node scripts/fake-anthropic.mjs [port]   then   ANTHROPIC_BASE_URL=http://127.0.0.1:<port>
import { build } from "esbuild";
const out = await build({ entryPoints: ["tests/setup/fake-anthropic.ts"], bundle: true, platform: "node", format: "esm", write: false });
const mod = await import("data:text/javascript;base64," + Buffer.from(out.outputFiles[0].text).toString("base64"));
const fake = await mod.startFakeAnthropic(Number(process.argv[2] ?? 0));
console.log(`fake Anthropic Messages API on ${fake.url} (set ANTHROPIC_BASE_URL=${fake.url})`);
