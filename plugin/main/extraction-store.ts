import type { SavedExtraction } from "../../shared/protocol/endpoints";
import { RpcError } from "../../shared/protocol/wire";
import type { FigmaApi } from "./figma-api";

/** Plugin-data key prefix on `figma.root`. */
export const EXTRACTION_KEY = "copy-that:extraction";
/** Figma caps one plugin-data entry (plugin id + key + value) at 100 kB: chunks stay well below. */
export const CHUNK_CHARS = 90_000;
/** Refuse to store more than this (2 MB of JSON) in the document. */
export const MAX_SAVED_CHARS = 2_000_000;

type Root = Pick<FigmaApi, "root">;

/**
 * Saves the last extraction in the document, split over numbered entries because one entry
 * can't exceed 100 kB; the count entry is written last so a half-written save is never read.
 */
export function saveExtraction(figma: Root, saved: SavedExtraction): void {
  const json = JSON.stringify(saved);
  if (json.length > MAX_SAVED_CHARS) throw new RpcError("too_large", `The extraction is ${Math.round(json.length / 1024)} KB; the document keeps at most ${MAX_SAVED_CHARS / 1000} KB.`);
  const count = Math.max(1, Math.ceil(json.length / CHUNK_CHARS));
  const previous = Number(figma.root.getPluginData(`${EXTRACTION_KEY}:count`)) || 0;
  figma.root.setPluginData(`${EXTRACTION_KEY}:count`, "0");
  for (let i = 0; i < count; i++) figma.root.setPluginData(`${EXTRACTION_KEY}:${i}`, json.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS));
  for (let i = count; i < previous; i++) figma.root.setPluginData(`${EXTRACTION_KEY}:${i}`, "");
  figma.root.setPluginData(`${EXTRACTION_KEY}:count`, String(count));
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Shape check of a stored extraction (the UI's RPC client validates it fully with the zod schema). */
function looksSaved(v: unknown): v is SavedExtraction {
  return isObj(v) && typeof v.savedAt === "string" && isObj(v.response) && isObj(v.tokens) && Array.isArray(v.tokens.colors) && Array.isArray(v.tokens.spacing);
}

/** The saved extraction, or null when there is none, it is cut short, or it isn't one. */
export function loadExtraction(figma: Root): SavedExtraction | null {
  const count = Number(figma.root.getPluginData(`${EXTRACTION_KEY}:count`)) || 0;
  if (count <= 0) return null;
  let json = "";
  for (let i = 0; i < count; i++) json += figma.root.getPluginData(`${EXTRACTION_KEY}:${i}`);
  try {
    const parsed: unknown = JSON.parse(json);
    return looksSaved(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
