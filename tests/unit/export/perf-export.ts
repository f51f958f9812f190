/**
 * One-off size/speed check of the exporters on a large set (2000 colors × 2 modes + 200 spacing).
 * Not a test and not a target: `node scripts/run-ts.mjs tests/unit/export/perf-export.ts`.
 */
import { exportTokens, importDtcg, EXPORT_FORMATS } from "../../../shared/export/index.js";
import type { TokenSet } from "../../../shared/contract/tokens.js";
const n = 2000;
const set: TokenSet = { colors: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, hex: `#${(i * 2654435761 % 0xffffff).toString(16).padStart(6, "0")}`, name: `color/group-${i % 40}/tone-${i}`, role: "other" as const, palette: `blue-${100 + (i % 9) * 100}`, coverage: 0.001, frames: [{ frame: "F", coverage: 0.001 }], usage: ["fill" as const], modeValues: { Dark: "#000000" } })), spacing: Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, px: i + 1, name: `spacing/s-${i}`, count: 1, contexts: [], frames: [] })), gradients: [], baseUnit: 4, modes: ["Light", "Dark"] };
for (const { format } of EXPORT_FORMATS) {
  const t = performance.now();
  const files = exportTokens(set, format);
  console.log(format.padEnd(14), `${(performance.now() - t).toFixed(1)} ms`, files.reduce((a, f) => a + f.content.length, 0), "chars");
}
const [light] = exportTokens(set, "dtcg");
const t = performance.now();
const back = importDtcg(light.content);
console.log("importDtcg    ", `${(performance.now() - t).toFixed(1)} ms`, back.colors.length, "colors");
