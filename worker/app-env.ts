import type { Env } from "./config/env.js";
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
    /** Frame names of the current extract request, for problem details. */
    frameNames?: string[];
  };
}
