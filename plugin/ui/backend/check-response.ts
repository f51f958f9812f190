import type { ExtractResponse, ProgressEvent } from "../../../shared/contract/extract.js";
import { BackendError } from "./backend-error.js";

const HEX = /^#[0-9a-f]{6}$/;
const NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;
const STAGES = ["received", "validated", "decoded", "measured", "naming", "merged"];

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
const isArr = Array.isArray;
const num = (v: unknown) => typeof v === "number" && Number.isFinite(v);

/**
 * Boundary check of a backend result against the parts of the contract the UI relies on
 * (exact lowercase hex, valid names, numbers where numbers go). A hand-written check instead of
 * the zod schema keeps zod out of the UI bundle. Throws BackendError("bad_response").
 */
export function checkExtractResponse(value: unknown): ExtractResponse {
  const fail = (what: string): never => {
    throw new BackendError("bad_response", `The backend's result does not match the contract (${what}).`);
  };
  if (!isObj(value)) return fail("not an object");
  const { colors, spacing, gradients, frames, naming, modes } = value;
  if (!isArr(colors) || !isArr(spacing) || !isArr(frames) || !isArr(modes) || !modes.length || !isObj(naming)) return fail("missing colors, spacing, frames, modes or naming");
  colors.forEach((c, i) => {
    if (!isObj(c) || typeof c.id !== "string" || typeof c.hex !== "string" || !HEX.test(c.hex)) fail(`colors[${i}].hex`);
    const t = c as Record<string, unknown>;
    if (typeof t.name !== "string" || !NAME.test(t.name)) fail(`colors[${i}].name`);
    if (!num(t.coverage) || !isArr(t.frames) || !isArr(t.usage) || typeof t.role !== "string") fail(`colors[${i}]`);
  });
  spacing.forEach((s, i) => {
    if (!isObj(s) || typeof s.id !== "string" || !num(s.px) || (s.px as number) <= 0) fail(`spacing[${i}].px`);
    const t = s as Record<string, unknown>;
    if (typeof t.name !== "string" || !NAME.test(t.name) || !isArr(t.contexts) || !isArr(t.frames)) fail(`spacing[${i}]`);
  });
  if (gradients !== undefined && !isArr(gradients)) fail("gradients");
  if (naming.source !== "claude" && naming.source !== "heuristic") fail("naming.source");
  if (!isArr(naming.warnings)) fail("naming.warnings");
  if (value.baseUnit !== null && !num(value.baseUnit)) fail("baseUnit");
  return { ...(value as unknown as ExtractResponse), gradients: (gradients as ExtractResponse["gradients"]) ?? [] };
}

/** A progress event payload, or null when it is not one. */
export function checkProgressEvent(value: unknown): ProgressEvent | null {
  if (!isObj(value) || !STAGES.includes(value.stage as string) || !num(value.done) || !num(value.total)) return null;
  if (value.frame !== null && !(num(value.frame) && (value.frame as number) >= 0)) return null;
  return value as unknown as ProgressEvent;
}
