import type { EndpointName } from "../../shared/protocol/endpoints";
import { RpcError } from "../../shared/protocol/wire";

/*
 * Zod-free checks of what the UI sends, for the endpoints that write to the document or to
 * storage. The UI's RPC client already validates every call with the zod schemas; these keep
 * a malformed message from reaching the Figma API (zod itself would not fit the bundle budget).
 */

const NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;
const HEX = /^#[0-9a-f]{6}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function fail(message: string): never {
  throw new RpcError("bad_params", message);
}

function text(v: unknown, field: string, max: number): string {
  if (typeof v !== "string" || v.length < 1 || v.length > max) fail(`${field} must be a string of 1–${max} characters`);
  return v;
}

const modeValuesOk = (v: unknown, ok: (x: unknown) => boolean) => v === undefined || (isObj(v) && Object.keys(v).every((k) => ok(v[k])));

/** Checks a token set and returns it with the schema's defaults (`gradients: []`, `baseUnit: null`, `modes: ["Default"]`). */
function checkTokens(tokens: unknown): Obj {
  if (!isObj(tokens) || !Array.isArray(tokens.colors) || !Array.isArray(tokens.spacing)) fail("tokens must be a token set with colors and spacing");
  const modes = tokens.modes === undefined ? ["Default"] : tokens.modes;
  if (!Array.isArray(modes) || modes.length < 1 || !modes.every((m) => typeof m === "string" && m.length >= 1 && m.length <= 60)) fail("tokens.modes must list 1+ mode names");
  for (const c of tokens.colors as unknown[]) {
    if (!isObj(c) || typeof c.id !== "string" || typeof c.name !== "string" || !NAME.test(c.name) || typeof c.hex !== "string" || !HEX.test(c.hex)) {
      fail(`invalid color token ${isObj(c) ? String(c.name) : ""}`);
    }
    if (c.alpha !== undefined && !(typeof c.alpha === "number" && c.alpha >= 0 && c.alpha <= 1)) fail(`invalid alpha on ${c.name}`);
    if (!modeValuesOk(c.modeValues, (x) => typeof x === "string" && HEX.test(x))) fail(`invalid mode values on ${c.name}`);
  }
  for (const s of tokens.spacing as unknown[]) {
    if (!isObj(s) || typeof s.id !== "string" || typeof s.name !== "string" || !NAME.test(s.name) || typeof s.px !== "number" || !(s.px > 0 && s.px <= 2000)) {
      fail(`invalid spacing token ${isObj(s) ? String(s.name) : ""}`);
    }
    if (!Array.isArray(s.contexts)) fail(`spacing token ${s.name} needs contexts`);
    if (!modeValuesOk(s.modeValues, (x) => typeof x === "number" && x > 0 && x <= 2000)) fail(`invalid mode values on ${s.name}`);
  }
  return { gradients: [], baseUnit: null, ...tokens, modes };
}

/** Returns the params (token sets with their defaults filled in) when usable, else throws `RpcError("bad_params")`. */
export function checkParams(method: EndpointName, params: unknown): unknown {
  if (!isObj(params)) fail(`${method} expects an object`);
  switch (method) {
    case "preview-sync":
    case "apply-sync":
      text(params.collectionName, "collectionName", 100);
      text(params.modeName, "modeName", 60);
      if (params.addMode !== undefined && typeof params.addMode !== "boolean") fail("addMode must be a boolean");
      return { ...params, tokens: checkTokens(params.tokens) };
    case "export-frames":
      if (typeof params.scale !== "number" || !(params.scale >= 0.5 && params.scale <= 4)) fail("scale must be between 0.5 and 4");
      if (params.ids !== undefined && !(Array.isArray(params.ids) && params.ids.every((i) => typeof i === "string"))) fail("ids must be strings");
      break;
    case "get-thumbnails":
      if (!(Array.isArray(params.ids) && params.ids.length <= 100 && params.ids.every((i) => typeof i === "string"))) fail("ids must be at most 100 strings");
      break;
    case "export-variables":
      text(params.collectionId, "collectionId", 200);
      break;
    case "save-extraction":
      if (!isObj(params.response) || !isObj(params.tokens)) fail("a saved extraction needs response and tokens");
      if (typeof params.savedAt !== "string") fail("savedAt must be a string");
      return { ...params, tokens: checkTokens(params.tokens) };
    case "notify":
      text(params.message, "message", 100);
      break;
    case "resize-ui":
      for (const k of ["width", "height"]) if (typeof params[k] !== "number" || (params[k] as number) < 240 || (params[k] as number) > 1200) fail(`${k} must be 240–1200`);
      break;
    default:
      break;
  }
  return params;
}
