/**
 * `npm run bench:api [-- --duration 30 --connections 10]`
 *
 * Starts the Worker with `wrangler dev` on a free loopback port (fresh local KV in a temp dir,
 * Claude = the local fake Messages API via --var ANTHROPIC_BASE_URL), then measures with
 * autocannon at fixed concurrency:
 *   baseline   GET /health                          (the server's floor, same run)
 *   hit        POST /v1/extract, same 1440×900 PNG  (result cache hit: no decode, no Claude)
 *   miss       POST /v1/extract, 1440×900 PNG made unique per request (tEXt chunk) → full
 *              validate/decode/measure/merge + fake Claude round trip
 *   limiter    a second wrangler with the default 60/min: 200 concurrent requests from one client
 * Default phases are 10 s (total ≈ 60 s); `--duration 30` is the full run (≈ 2 min 20 s).
 * Stops by itself, kills wrangler (its process group) and the fake, prints a table.
 */
import { createRequire } from "node:module";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeAnthropic } from "../tests/setup/fake-anthropic.js";

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonOptions {
  url: string;
  connections: number;
  duration?: number;
  timeout?: number;
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer;
  requests?: { setupRequest: (req: Record<string, unknown>) => Record<string, unknown> }[];
}
interface AutocannonInstance extends PromiseLike<{ duration: number }> {
  // (result fields used: duration)
  on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
const autocannon = createRequire(import.meta.url)("autocannon") as (opts: AutocannonOptions) => AutocannonInstance;

const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const DURATION = arg("duration", 10);
const CONNECTIONS = arg("connections", 10);
const MISS_CONNECTIONS = arg("miss-connections", 2);
const FRAME: Buffer = readFileSync("tests/fixtures/corpus/saas-dashboard@1x.png");

// ---------- PNG variant: same pixels, different bytes (a tEXt chunk before IEND) ----------
const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Uint8Array) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function variant(png: Buffer, n: number): Buffer {
  const text = Buffer.from(`Comment\0bench-${n}-${Math.random()}`, "latin1");
  const chunk = Buffer.alloc(12 + text.length);
  chunk.writeUInt32BE(text.length, 0);
  chunk.write("tEXt", 4, "latin1");
  text.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + text.length)), 8 + text.length);
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), chunk, png.subarray(iend)]);
}

// ---------- wrangler dev lifecycle ----------
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface Dev {
  url: string;
  child: ChildProcess;
  logTail: string[];
  stop(): Promise<void>;
}

/** Process groups of every wrangler started here, killed on any exit path. */
const groups = new Set<number>();
const killGroups = (signal: NodeJS.Signals) => {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, signal);
    } catch {}
  }
};
process.on("exit", () => killGroups("SIGKILL"));
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => process.exit(130));

async function startWorker(vars: Record<string, string>, persistTo: string): Promise<Dev> {
  const port = await freePort();
  const args = ["node_modules/wrangler/bin/wrangler.js", "dev", "--config", "wrangler.toml", "--ip", "127.0.0.1", "--port", String(port), "--show-interactive-dev-session=false", "--persist-to", persistTo, "--log-level", "warn"];
  for (const [k, v] of Object.entries(vars)) args.push("--var", `${k}:${v}`);
  const child = spawn(process.execPath, args, {
    detached: true, // own process group: stop() ends wrangler and its workerd by group id
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", WRANGLER_HIDE_BANNER: "true", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
  });
  groups.add(child.pid!);
  const logTail: string[] = [];
  const keep = (d: Buffer) => {
    logTail.push(...d.toString().split("\n").filter(Boolean));
    logTail.splice(0, Math.max(0, logTail.length - 40));
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    const exited = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {}
    if (child.exitCode === null) await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    try {
      process.kill(-child.pid!, "SIGKILL"); // workerd and esbuild children too
    } catch {}
    groups.delete(child.pid!);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler exited early:\n${logTail.join("\n")}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler did not become ready:\n${logTail.join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, child, logTail, stop };
}

// ---------- measurement ----------
interface Row {
  phase: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: string;
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

async function measure(phase: string, opts: AutocannonOptions): Promise<Row> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const instance = autocannon({ timeout: 60, ...opts, duration: DURATION });
  instance.on("response", (_client, status, _bytes, ms) => {
    times.push(ms);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const seconds = result.duration;
  return {
    phase,
    connections: opts.connections,
    seconds: Math.round(seconds * 10) / 10,
    requests: times.length,
    rps: Math.round((times.length / seconds) * 10) / 10,
    p50: Math.round(pct(times, 50)),
    p95: Math.round(pct(times, 95)),
    p99: Math.round(pct(times, 99)),
    statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(" "),
  };
}

const headersFor = (client: string) => ({ "content-type": "image/png", "x-client-id": client });

async function main() {
  const started = Date.now();
  const fake = await startFakeAnthropic();
  const persistTo = mkdtempSync(join(tmpdir(), "copy-that-bench-"));
  const rows: Row[] = [];
  let limiter = { admitted: 0, refused: 0, other: 0, limit: 60, ms: 0 };
  let dev: Dev | undefined;
  try {
    // Throughput phases: limits and budgets raised so they never decide.
    dev = await startWorker(
      {
        ANTHROPIC_API_KEY: "sk-ant-bench",
        ANTHROPIC_BASE_URL: fake.url,
        RATE_LIMIT_PER_MINUTE: "100000000",
        RATE_LIMIT_PER_HOUR: "1000000000",
        CLAUDE_DAILY_BUDGET_USD_PER_CLIENT: "1000000",
        CLAUDE_DAILY_BUDGET_USD_GLOBAL: "1000000",
      },
      persistTo,
    );
    const extractUrl = `${dev.url}/v1/extract`;
    const server = dev;
    const checkPhase = (row: Row) => {
      if (/\b5\d\d×/.test(row.statuses)) console.error(`${row.phase}: server errors; wrangler log tail:\n${server.logTail.join("\n")}`);
      return row;
    };
    // Warm-up (untimed): a freshly started wrangler/workerd is slower for its first seconds.
    await autocannon({ url: `${dev.url}/health`, connections: CONNECTIONS, duration: 2 });
    rows.push(await measure("baseline GET /health", { url: `${dev.url}/health`, connections: CONNECTIONS }));

    // Warm the cache (heuristic naming on purpose: a deliberate result is final and cacheable).
    const hitUrl = `${extractUrl}?naming=heuristic&name=Dashboard`;
    for (let i = 0; i < 20; i++) {
      const r = await (await fetch(hitUrl, { method: "POST", headers: headersFor("bench-hit"), body: new Uint8Array(FRAME) })).json();
      if (r.cache === "hit") break;
      await new Promise((res) => setTimeout(res, 100));
    }
    rows.push(checkPhase(await measure("hit  POST /v1/extract 1440×900", { url: hitUrl, method: "POST", headers: headersFor("bench-hit"), body: FRAME, connections: CONNECTIONS })));

    let n = 0;
    // One warm-up miss (first decode in a fresh isolate is slower: JIT, module init).
    await (await fetch(extractUrl, { method: "POST", headers: headersFor("bench-miss"), body: new Uint8Array(variant(FRAME, n++)) })).arrayBuffer();
    rows.push(
      checkPhase(await measure("miss POST /v1/extract 1440×900", {
        url: extractUrl,
        method: "POST",
        headers: headersFor("bench-miss"),
        connections: MISS_CONNECTIONS,
        requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: variant(FRAME, n++) }) }],
      })),
    );
    await dev.stop();

    // Limiter phase: default limits (60/min), 200 concurrent requests from one client.
    dev = await startWorker({ ANTHROPIC_API_KEY: "", ANTHROPIC_BASE_URL: fake.url }, mkdtempSync(join(tmpdir(), "copy-that-bench-rl-")));
    const t0 = Date.now();
    const small = new Uint8Array(readFileSync("tests/fixtures/corpus/mobile@1x.png"));
    const statuses = await Promise.all(
      Array.from({ length: 200 }, () =>
        fetch(`${dev!.url}/v1/extract?naming=heuristic`, { method: "POST", headers: headersFor("bench-burst"), body: small }).then(async (r) => {
          await r.arrayBuffer();
          return r.status === 429 && r.headers.get("retry-after") ? 429 : r.status;
        }),
      ),
    );
    limiter = {
      admitted: statuses.filter((s) => s === 200).length,
      refused: statuses.filter((s) => s === 429).length,
      other: statuses.filter((s) => s !== 200 && s !== 429).length,
      limit: 60,
      ms: Date.now() - t0,
    };
  } finally {
    await dev?.stop();
    await fake.close();
    rmSync(persistTo, { recursive: true, force: true });
  }

  console.log(`\nbench:api — wrangler dev on loopback, ${DURATION} s per phase, fake Claude (instant), node ${process.version}\n`);
  console.log(["phase".padEnd(32), "conn", "req/s".padStart(8), "p50 ms".padStart(7), "p95 ms".padStart(7), "p99 ms".padStart(7), "requests".padStart(9), "  statuses"].join(" "));
  for (const r of rows) {
    console.log([r.phase.padEnd(32), String(r.connections).padStart(4), r.rps.toFixed(1).padStart(8), String(r.p50).padStart(7), String(r.p95).padStart(7), String(r.p99).padStart(7), String(r.requests).padStart(9), `  ${r.statuses}`].join(" "));
  }
  console.log(`\nrate limiter: 200 concurrent requests, one client, limit ${limiter.limit}/min → admitted ${limiter.admitted}, 429 with Retry-After ${limiter.refused}, other ${limiter.other} (${limiter.ms} ms)`);
  console.log(`total ${(Math.round((Date.now() - started) / 100) / 10).toFixed(1)} s`);
  if (limiter.admitted > limiter.limit * 1.1 || limiter.other > 0 || rows.some((r) => /\b5\d\d×/.test(r.statuses))) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
