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

function checkTokens(tokens: unknown): void {
  if (!isObj(tokens) || !Array.isArray(tokens.colors) || !Array.isArray(tokens.spacing) || !Array.isArray(tokens.modes) || tokens.modes.length < 1) {
    fail("tokens must be a token set with colors, spacing and at least one mode");
  }
  for (const c of tokens.colors as unknown[]) {
    if (!isObj(c) || typeof c.id !== "string" || typeof c.name !== "string" || !NAME.test(c.name) || typeof c.hex !== "string" || !HEX.test(c.hex)) {
      fail(`invalid color token ${isObj(c) ? String(c.name) : ""}`);
    }
    if (c.alpha !== undefined && !(typeof c.alpha === "number" && c.alpha >= 0 && c.alpha <= 1)) fail(`invalid alpha on ${c.name}`);
  }
  for (const s of tokens.spacing as unknown[]) {
    if (!isObj(s) || typeof s.id !== "string" || typeof s.name !== "string" || !NAME.test(s.name) || typeof s.px !== "number" || !(s.px > 0 && s.px <= 2000)) {
      fail(`invalid spacing token ${isObj(s) ? String(s.name) : ""}`);
    }
  }
}

/** Returns the params unchanged when they are usable, else throws `RpcError("bad_params")`. */
export function checkParams(method: EndpointName, params: unknown): unknown {
  if (!isObj(params)) fail(`${method} expects an object`);
  switch (method) {
    case "preview-sync":
    case "apply-sync":
      text(params.collectionName, "collectionName", 100);
      text(params.modeName, "modeName", 60);
      checkTokens(params.tokens);
      break;
    case "export-frames":
      if (typeof params.scale !== "number" || !(params.scale >= 0.5 && params.scale <= 4)) fail("scale must be between 0.5 and 4");
      if (params.ids !== undefined && !(Array.isArray(params.ids) && params.ids.every((i) => typeof i === "string"))) fail("ids must be strings");
      break;
    case "export-variables":
      text(params.collectionId, "collectionId", 200);
      break;
    case "save-extraction":
      if (!isObj(params.response) || !isObj(params.tokens)) fail("a saved extraction needs response and tokens");
      checkTokens(params.tokens);
      break;
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
