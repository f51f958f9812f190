import { BackendError } from "./backend-error.js";

/** A plain-words explanation of a failure and the next step the designer can take. */
export interface ErrorMessage {
  title: string;
  next: string;
  /** Whether measuring locally is a sensible alternative (backend unreachable, refusing or failing); the banner offers it when the app can. */
  offerLocal: boolean;
  /** Seconds to wait before retrying (429). */
  retryAfter?: number;
}

const frameLabel = (d: BackendError["details"], names: string[]) => {
  const name = d.frameName ?? (d.frame !== undefined ? names[d.frame] : undefined);
  return name ? `“${name}”` : d.frame !== undefined ? `frame ${d.frame + 1}` : "one frame";
};

const LOWER_SCALE = "Lower the export scale in Settings or select a smaller frame, then extract again.";
const FRAME_REASONS: Record<string, [string, string]> = {
  payload_too_large: ["is too large to upload", LOWER_SCALE],
  image_too_large: ["has too many pixels to measure", LOWER_SCALE],
  decompression_limit: ["has too many pixels to measure", LOWER_SCALE],
  not_png: ["was not sent as a PNG", "Re-select the frame and extract again."],
  truncated: ["arrived incomplete", "Extract again."],
  corrupt_data: ["arrived corrupted", "Extract again."],
  bad_chunk: ["arrived corrupted", "Extract again."],
  bad_header: ["is not a readable PNG", "Extract again."],
  unsupported_png: ["uses a PNG format the measurer does not support", "Re-export it from Figma and extract again."],
};

/** Explains any error thrown during extraction (BackendError or anything else). */
export function describeError(error: unknown, frameNames: string[] = []): ErrorMessage {
  if (!(error instanceof BackendError)) {
    return { title: "Something went wrong.", next: `${error instanceof Error ? error.message : String(error)}. Try again.`, offerLocal: false };
  }
  const d = error.details;
  switch (error.kind) {
    case "unreachable":
      return { title: "The Copy That backend can't be reached.", next: "Check the backend URL in Settings and your connection, then try again.", offerLocal: true };
    case "unauthorized":
      return { title: "The backend refused the access key.", next: "Check the access key in Settings (ask whoever runs your Copy That backend for one).", offerLocal: true };
    case "rate_limited": {
      const wait = d.retryAfter;
      return { title: "Too many extractions right now.", next: wait === undefined ? "Wait a minute, then extract again." : wait > 0 ? `Wait ${wait} s, then extract again.` : "You can extract again now.", offerLocal: true, retryAfter: wait };
    }
    case "frame_rejected": {
      const [what, next] = (d.code && FRAME_REASONS[d.code]) || [`was rejected (${error.message})`, "Remove it from the selection and extract again."];
      return { title: `${frameLabel(d, frameNames)} ${what}.`, next, offerLocal: false };
    }
    case "request_rejected":
      if (d.code === "payload_too_large" || d.code === "too_many_frames") {
        return { title: d.code === "too_many_frames" ? "Too many frames in one extraction." : "The frames are too large to upload together.", next: "Select fewer frames or lower the export scale in Settings.", offerLocal: false };
      }
      return { title: "The backend rejected the request.", next: `${error.message}. Try again; if it keeps happening, update the plugin.`, offerLocal: false };
    case "server_error":
      return { title: "The backend failed while measuring.", next: `${error.message}. Try again in a moment.`, offerLocal: true };
    case "bad_response":
      return { title: "The backend answered with something unexpected.", next: `${error.message}. Check the backend URL in Settings.`, offerLocal: true };
    case "aborted":
      return { title: "Extraction cancelled.", next: "Extract again when you're ready.", offerLocal: false };
  }
}
