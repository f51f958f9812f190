/**
 * `npm run -s extract -- a.png [b.png …] [options]` — the extraction engine on local PNG files,
 * the same code the Worker runs (shared/pipeline). Prints to stdout; errors go to stderr as one line
 * `error <code>: <message> (<file>)` with exit code 1 (2 for bad command-line usage).
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ExtractOptionsSchema, ExtractResponseSchema, type ExtractResponse, type FrameOptions } from "../shared/contract/extract.js";
import { EngineError } from "../shared/engine/errors.js";
import { fitRgba } from "../shared/image/downscale.js";
import { EXPORT_FORMATS, exportTokens, type ExportFormat } from "../shared/export/index.js";
import { runExtractionAsync } from "../shared/pipeline/run-extraction.js";
import type { FrameInput, PipelineHooks } from "../shared/pipeline/types.js";
import { createClaudeNamer, DEFAULT_CLAUDE_MODEL, DEFAULT_CLAUDE_TIMEOUT_MS } from "../worker/naming/claude-namer.js";

const USAGE = `usage: npm run -s extract -- a.png [b.png …] [options]

  --format F       json (default: the exact API response) | ${EXPORT_FORMATS.map((f) => f.format).join(" | ")}
  --scale N        export scale of every file (default: from a name like "Home@2x.png", else inferred)
  --mode NAME      mode of the following files (e.g. --mode Light a.png --mode Dark b.png)
  --max-colors N   cap on color tokens (1–128, default 32)
  --types T        color,spacing (default both)
  --heuristic      never call Claude
  -h, --help       this help

Env: ANTHROPIC_API_KEY (Claude naming when set), ANTHROPIC_BASE_URL, CLAUDE_MODEL (default ${DEFAULT_CLAUDE_MODEL}),
     CLAUDE_TIMEOUT_MS (default ${DEFAULT_CLAUDE_TIMEOUT_MS}).`;

/** A failure the CLI reports as `error <code>: <message> (<file>)`. */
class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly file?: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

interface Args {
  files: { path: string; mode?: string }[];
  format: "json" | ExportFormat;
  scale?: number;
  maxColors?: number;
  types?: string[];
  heuristic: boolean;
}

function parseArgs(argv: string[]): Args | "help" {
  const args: Args = { files: [], format: "json", heuristic: false };
  let mode: string | undefined;
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new CliError("bad_options", `${flag} needs a value`, undefined, 2);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h" || a === "--help") return "help";
    else if (a === "--heuristic") args.heuristic = true;
    else if (a === "--format") {
      const f = value(i++, a);
      if (f !== "json" && !EXPORT_FORMATS.some((x) => x.format === f)) throw new CliError("bad_options", `unknown format "${f}"`, undefined, 2);
      args.format = f as Args["format"];
    } else if (a === "--scale") args.scale = Number(value(i++, a));
    else if (a === "--max-colors") args.maxColors = Number(value(i++, a));
    else if (a === "--types") args.types = value(i++, a).split(",");
    else if (a === "--mode") mode = value(i++, a);
    else if (a.startsWith("-")) throw new CliError("bad_options", `unknown option ${a}`, undefined, 2);
    else args.files.push({ path: a, ...(mode !== undefined ? { mode } : {}) });
  }
  if (!args.files.length) throw new CliError("bad_options", "no PNG files given (see --help)", undefined, 2);
  return args;
}

/** Frame options for one file: its name, scale (flag, else `@2x`-style suffix) and mode. */
function frameOptions(path: string, args: Args, mode?: string): FrameOptions {
  const name = basename(path).replace(/\.png$/i, "");
  const suffix = /@(\d+(?:\.\d+)?)x$/i.exec(name);
  const scale = args.scale ?? (suffix ? Number(suffix[1]) : undefined);
  return { name: name.slice(0, 200), ...(scale !== undefined ? { scale } : {}), ...(mode !== undefined ? { mode } : {}) };
}

function hooks(): PipelineHooks {
  const apiKey = process.env.ANTHROPIC_API_KEY;
  if (!apiKey) return {};
  return {
    namer: createClaudeNamer({
      apiKey,
      baseURL: process.env.ANTHROPIC_BASE_URL || undefined,
      model: process.env.CLAUDE_MODEL || DEFAULT_CLAUDE_MODEL,
      timeoutMs: Number(process.env.CLAUDE_TIMEOUT_MS) || DEFAULT_CLAUDE_TIMEOUT_MS,
    }),
    namerImage: fitRgba,
  };
}

function render(response: ExtractResponse, format: Args["format"]): string {
  if (format === "json") return JSON.stringify(ExtractResponseSchema.parse(response), null, 2) + "\n";
  const { colors, spacing, gradients, baseUnit, modes } = response;
  const files = exportTokens({ colors, spacing, gradients, baseUnit, modes }, format);
  if (files.length === 1) return files[0].content;
  return files.map((f) => `/* ${f.filename} */\n${f.content}`).join("\n");
}

async function mainAsync(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const frames: FrameInput[] = [];
  for (const f of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(f.path));
    } catch (e) {
      throw new CliError("not_found", `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, f.path);
    }
    frames.push({ bytes, options: frameOptions(f.path, args, f.mode) });
  }
  const parsed = ExtractOptionsSchema.safeParse({
    frames: frames.map((f) => f.options),
    ...(args.types ? { types: args.types } : {}),
    ...(args.maxColors !== undefined ? { maxColors: args.maxColors } : {}),
    naming: args.heuristic ? "heuristic" : "auto",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError("bad_options", `${issue.path.join(".") || "options"}: ${issue.message}`, undefined, 2);
  }
  try {
    const response = await runExtractionAsync(frames, parsed.data, hooks());
    process.stdout.write(render(response, args.format));
    return 0;
  } catch (e) {
    if (e instanceof EngineError) throw new CliError(e.code, e.message, e.frame !== undefined ? args.files[e.frame]?.path : undefined);
    throw e;
  }
}

mainAsync(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof CliError) {
      process.stderr.write(`error ${e.code}: ${e.message}${e.file ? ` (${e.file})` : ""}\n`);
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`error internal_error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
