/**
 * `npm run bench:sync` — Variables sync of 2,000 tokens into a file that already holds 5,000
 * variables, against the in-memory Figma fake. Prints Copy That's sync (one read of all
 * variables, then maps) beside a naive baseline measured in the same run: a lookup per token
 * (`getLocalVariablesAsync` + find by name), which is what makes syncs in big files crawl.
 * The fake has no IPC cost, so real Figma widens the gap; these are relative figures.
 */
import type { TokenSet } from "../shared/contract/tokens";
import type { SyncRequest } from "../shared/protocol/endpoints";
import { applySyncAsync, planSyncAsync } from "../plugin/main/apply-sync";
import { hexToRgba } from "../plugin/main/color-value";
import type { FigmaApi } from "../plugin/main/figma-api";
import { createFigmaFake, type FigmaFake } from "../tests/fakes/figma";

const EXISTING = 5000;
const TOKENS = 2000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const hex = (i: number) => `#${(i * 2654435761 >>> 8 & 0xffffff).toString(16).padStart(6, "0")}`;

/** 5,000 variables: 3,000 in "Copy That" (1,000 of them named like tokens), 2,000 in another collection. */
function seed(): FigmaFake {
  const fake = createFigmaFake();
  const api = fake.figma.variables;
  const ours = api.createVariableCollection("Copy That");
  ours.renameMode(ours.defaultModeId, "Default");
  const other = api.createVariableCollection("Primitives");
  for (let i = 0; i < EXISTING; i++) {
    const inOurs = i < 3000;
    const c = inOurs ? ours : other;
    const v = api.createVariable(inOurs && i < 1000 ? `color/token-${i}` : `legacy/v-${i}`, c, "COLOR");
    v.setValueForMode(c.defaultModeId, hexToRgba(hex(i + 7)));
  }
  fake.figma.commitUndo();
  return fake;
}

/** 2,000 color tokens: 1,000 match existing names with new values, 1,000 are new. */
function tokens(): TokenSet {
  const colors = Array.from({ length: TOKENS }, (_, i) => ({
    id: `tok-${i}`, hex: hex(i), name: `color/token-${i}`, role: "other" as const, palette: "blue-500", coverage: 0, frames: [], usage: [],
  }));
  return { colors, spacing: [], gradients: [], baseUnit: null, modes: ["Default"] };
}

/** Baseline: what a straightforward plugin does — look each token up by reading the variables again. */
async function naiveSyncAsync(figma: FigmaApi, request: SyncRequest): Promise<number> {
  const collection = (await figma.variables.getLocalVariableCollectionsAsync()).find((c) => c.name === request.collectionName)!;
  let written = 0;
  for (const t of request.tokens.colors) {
    const all = await figma.variables.getLocalVariablesAsync();
    const found = all.find((v) => v.variableCollectionId === collection.id && v.name === t.name);
    const v = found ?? figma.variables.createVariable(t.name, collection, "COLOR");
    v.setValueForMode(collection.defaultModeId, hexToRgba(t.hex));
    written++;
  }
  figma.commitUndo();
  return written;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const request: SyncRequest = { tokens: tokens(), collectionName: "Copy That", modeName: "Default" };
const ours: number[] = [];
const preview: number[] = [];
const naive: number[] = [];
let check = "";
for (let r = 0; r < RUNS; r++) {
  const a = seed();
  preview.push(await timeAsync(() => planSyncAsync(a.figma, request)));
  a.log.calls = {};
  ours.push(await timeAsync(async () => {
    const result = await applySyncAsync(a.figma, request);
    check = `created ${result.created}, updated ${result.updated}, variables now ${a.variables.size}, getLocalVariablesAsync calls ${a.log.calls.getLocalVariablesAsync}`;
  }));
  const b = seed();
  naive.push(await timeAsync(() => naiveSyncAsync(b.figma, request)));
}
console.log(`bench:sync  ${TOKENS} tokens into a file with ${EXISTING} variables, median of ${RUNS} runs (Node ${process.version})`);
console.log(`  copy-that preview-sync   ${median(preview).toFixed(1).padStart(9)} ms`);
console.log(`  copy-that apply-sync     ${median(ours).toFixed(1).padStart(9)} ms   (${check})`);
console.log(`  baseline per-token read  ${median(naive).toFixed(1).padStart(9)} ms   (${(median(naive) / median(ours)).toFixed(1)}x slower)`);
const target = 2000;
console.log(`  target: apply-sync well under ${target} ms → ${median(ours) < target / 2 ? "ok" : "MISSED"}`);
