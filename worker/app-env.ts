import type { Env } from "./config/env.js";
import type { ApiError } from "./errors/api-error.js";
import type { RequestLog } from "./middleware/request-log.js";

/** Hono generics of the app: bindings plus per-request variables set by middleware. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    /** Filled by middleware and handlers; written as one JSON line when the request ends. */
    log: RequestLog;
    /** Rate-limit identity (hashed, never a raw key or IP). */
    identity: string;
    /** Set by streaming handlers: the request log waits for it before writing its line. */
    done?: Promise<void>;
    /** Set by auth when a key is required and missing/wrong; thrown after rate limiting. */
    authError?: ApiError;
    /** Frame names of the current extract request, for problem details. */
    frameNames?: string[];
  };
}
