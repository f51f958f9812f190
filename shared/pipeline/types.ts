import type { ExtractOptions, FrameOptions, FrameReport, Naming, ProgressEvent, Usage } from "../contract/extract.js";
import type { TokenSet } from "../contract/tokens.js";
import type { RgbaImage } from "../engine/types.js";

/** One frame handed to the pipeline: the PNG bytes as received plus its options. */
export interface FrameInput {
  bytes: Uint8Array;
  options: FrameOptions;
}

/** What a namer gets: the merged candidates (heuristic names already set) and the decoded frames. */
export interface NamerInput {
  tokens: TokenSet;
  frames: { report: FrameReport; image: RgbaImage }[];
}

/** What a namer returns. It may only rename/re-role tokens by id; values are never changed. */
export interface NamerOutput {
  tokens: TokenSet;
  naming: Naming;
  usage: Usage | null;
}

/** Names a measured token set (Claude, or the heuristic namer). Must not throw: failures become warnings. */
export type Namer = (input: NamerInput) => Promise<NamerOutput>;

export interface PipelineHooks {
  onProgress?: (event: ProgressEvent) => void | Promise<void>;
  /** Omitted → heuristic names with a `claude_not_configured` warning. */
  namer?: Namer;
  /**
   * Reduces each decoded frame to what the namer needs, right after it is measured, so full-size
   * frames are not all held until naming (the Worker passes `fitRgba`: ~20 MB → ~5 MB per 2x frame).
   * Default: the full image.
   */
  namerImage?: (image: RgbaImage) => RgbaImage;
}

export type { ExtractOptions };
