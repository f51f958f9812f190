import type { Settings } from "../../shared/protocol/endpoints";
import { RpcError } from "../../shared/protocol/wire";
import type { FigmaApi } from "./figma-api";

/** `clientStorage` key of the settings object. */
export const SETTINGS_KEY = "copy-that:settings";

/** Local Worker started by `npm run dev:worker`. */
export const DEV_BACKEND_URL = "http://localhost:8787";

/** The production Worker URL baked in at build time (`COPY_THAT_API_URL`), else the dev Worker. */
export function defaultBackendUrl(): string {
  const built = typeof __COPY_THAT_API_URL__ === "string" ? __COPY_THAT_API_URL__ : "";
  return built || DEV_BACKEND_URL;
}

/** Defaults of every setting (the client id is generated on first read). */
export function defaultSettings(): Settings {
  return { backendUrl: defaultBackendUrl(), accessKey: "", exportScale: 2, namingStyle: "semantic", collectionName: "Copy That", clientId: "" };
}

/** 32 random hex chars. The main thread has no `crypto`; the id tells clients apart for rate limits, it is not a secret. */
export function randomClientId(): string {
  let out = "";
  for (let i = 0; i < 32; i++) out += Math.floor(Math.random() * 16).toString(16);
  return out;
}

const URL_RE = /^https?:\/\/[^\s/?#]+(:\d+)?(\/[^\s]*)?$/;

/** Each field's check, mirroring `SettingsSchema` (zod is kept out of the main bundle). */
const checks: { [K in keyof Settings]: (v: unknown) => boolean } = {
  backendUrl: (v) => typeof v === "string" && URL_RE.test(v),
  accessKey: (v) => typeof v === "string" && v.length <= 500,
  exportScale: (v) => typeof v === "number" && v >= 0.5 && v <= 4,
  namingStyle: (v) => v === "semantic" || v === "palette",
  collectionName: (v) => typeof v === "string" && v.trim().length >= 1 && v.length <= 100,
  clientId: (v) => typeof v === "string",
};

/** Keeps the valid fields of `input` over `base`; with `strict`, an invalid field throws `bad_params`. */
function merge(base: Settings, input: unknown, strict: boolean): Settings {
  const out: Settings = { ...base };
  if (typeof input !== "object" || input === null) return out;
  for (const key of Object.keys(checks) as (keyof Settings)[]) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (checks[key](value)) (out as Record<string, unknown>)[key] = value;
    else if (strict) throw new RpcError("bad_params", `Invalid setting ${key}`);
  }
  return out;
}

type Storage = Pick<FigmaApi, "clientStorage">;

/** Stored settings merged over the defaults (invalid stored fields fall back); a client id is generated and stored once. */
export async function getSettingsAsync(figma: Storage): Promise<Settings> {
  const settings = merge(defaultSettings(), await figma.clientStorage.getAsync(SETTINGS_KEY), false);
  if (!settings.clientId) {
    settings.clientId = randomClientId();
    await figma.clientStorage.setAsync(SETTINGS_KEY, settings);
  }
  return settings;
}

/** Saves a partial update and returns the full settings. Invalid fields are refused; the client id can't be changed. */
export async function setSettingsAsync(figma: Storage, patch: Partial<Settings>): Promise<Settings> {
  const current = await getSettingsAsync(figma);
  const next = merge(current, patch, true);
  next.clientId = current.clientId;
  await figma.clientStorage.setAsync(SETTINGS_KEY, next);
  return next;
}
