import type { ExtractResponse, FrameReport, Naming, ProgressEvent, Usage } from "../contract/extract.js";
import type { TokenSet } from "../contract/tokens.js";
import { decodeInspected } from "../engine/decode/decode-png.js";
import { EngineError } from "../engine/errors.js";
import { measureFrame } from "../engine/measure/measure-frame.js";
import { mergeFrames } from "../engine/merge/merge-frames.js";
import type { FrameMeasurement, RgbaImage } from "../engine/types.js";
import { DEFAULT_LIMITS } from "../engine/limits.js";
import { inspectPng } from "../engine/png/inspect-png.js";
import { PIPELINE_VERSION } from "../engine/version.js";
import { frameIdAsync } from "./frame-id.js";
import type { ExtractOptions, FrameInput, PipelineHooks } from "./types.js";
import { verifyNamed } from "./verify-named.js";

/**
 * Runs the whole extraction: per frame received → validated → decoded → measured, then merge,
 * naming (hooks.namer, else heuristic with a warning) → merged. Engine errors carry the index of
 * the frame that failed. The namer can only rename: measured ids and values are always restored.
 */
export async function runExtractionAsync(frames: FrameInput[], options: ExtractOptions, hooks: PipelineHooks = {}): Promise<ExtractResponse> {
  const total = frames.length;
  const emit = async (stage: ProgressEvent["stage"], frame: number | null, done: number): Promise<void> => {
    await hooks.onProgress?.({ stage, frame, done, total });
  };
  const useNamer = options.naming !== "heuristic" && hooks.namer !== undefined;
  const measurements: FrameMeasurement[] = [];
  const images: { report: FrameReport; image: RgbaImage }[] = [];
  for (let i = 0; i < total; i++) {
    const input = frames[i]!;
    await emit("received", i, i);
    try {
      const structure = inspectPng(input.bytes, DEFAULT_LIMITS); // validate: every check before any inflate
      await emit("validated", i, i);
      const image = decodeInspected(input.bytes, structure);
      await emit("decoded", i, i);
      const m = measureFrame(image, {
        frameId: await frameIdAsync(input.bytes),
        name: input.options.name ?? `Frame ${i + 1}`,
        ...(input.options.scale !== undefined ? { scale: input.options.scale } : {}),
        ...(input.options.mode !== undefined ? { mode: input.options.mode } : {}),
        types: options.types,
      });
      measurements.push(m);
      if (useNamer) images.push({ report: m.frame, image: hooks.namerImage ? hooks.namerImage(image) : image });
      await emit("measured", i, i + 1);
    } catch (err) {
      if (err instanceof EngineError) err.frame = i;
      throw err;
    }
  }
  const measured = mergeFrames(measurements, { maxColors: options.maxColors });
  await emit("naming", null, total);
  const { tokens, naming, usage } = await nameAsync(measured, images, options, hooks);
  await emit("merged", null, total);
  return {
    version: PIPELINE_VERSION,
    colors: tokens.colors,
    spacing: tokens.spacing,
    gradients: tokens.gradients,
    baseUnit: tokens.baseUnit,
    modes: tokens.modes,
    frames: measurements.map((m) => m.frame),
    naming,
    usage,
    cache: "miss",
  };
}

async function nameAsync(
  measured: TokenSet,
  images: { report: FrameReport; image: RgbaImage }[],
  options: ExtractOptions,
  hooks: PipelineHooks,
): Promise<{ tokens: TokenSet; naming: Naming; usage: Usage | null }> {
  if (options.naming === "heuristic") {
    return { tokens: measured, usage: null, naming: heuristic("claude_disabled", "Naming set to heuristic: Claude was not called.") };
  }
  if (!hooks.namer) {
    return { tokens: measured, usage: null, naming: heuristic("claude_not_configured", "No Claude API key configured: heuristic names.") };
  }
  try {
    const out = await hooks.namer({ tokens: structuredCloneTokens(measured), frames: images });
    const verified = verifyNamed(measured, out.tokens, out.naming.source);
    const naming: Naming = verified.fixes.length
      ? { ...out.naming, warnings: [...out.naming.warnings, { code: "claude_partial", message: `Restored measured tokens: ${verified.fixes.slice(0, 5).join("; ")}${verified.fixes.length > 5 ? "…" : ""}` }] }
      : out.naming;
    return { tokens: verified.tokens, naming, usage: out.usage };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { tokens: measured, usage: null, naming: heuristic("claude_error", `Namer failed: ${message.slice(0, 200)}`) };
  }
}

function heuristic(code: Naming["warnings"][number]["code"], message: string): Naming {
  return { source: "heuristic", model: null, warnings: [{ code, message }] };
}

/** Deep copy through JSON (token sets are plain data), so a namer cannot mutate the measured set. */
function structuredCloneTokens(tokens: TokenSet): TokenSet {
  return JSON.parse(JSON.stringify(tokens)) as TokenSet;
}
