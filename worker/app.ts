import { Hono } from "hono";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./app-env.js";
import { readConfig } from "./config/read-config.js";
import { apiError } from "./errors/api-error.js";
import { handleError } from "./errors/handle-error.js";
import { accessKeyAuth, requireAccessKey } from "./middleware/access-key-auth.js";
import { rateLimit } from "./middleware/rate-limit.js";
import { requestLog } from "./middleware/request-log.js";
import { buildOpenApi } from "./openapi/build-openapi.js";
import { extractRoute } from "./routes/extract-route.js";
import { healthRoute } from "./routes/health-route.js";
import { KNOWN_ROUTES } from "./routes/known-routes.js";

/**
 * The Copy That API. Request flow: log/request id → CORS → security headers →
 * (/v1: config → auth (key check) → rate limit → 401 if the key was wrong → no-store) → route → one onError.
 */
export const app = new Hono<AppEnv>();

app.use(requestLog());
app.use(
  cors({
    origin: "*",
    allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type", "X-Client-Id", "Accept"],
    exposeHeaders: ["Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "X-Request-Id"],
    maxAge: 86_400,
    credentials: false,
  }),
);
app.use(secureHeaders({ crossOriginResourcePolicy: "cross-origin" }));

app.use("/v1/*", async (c, next) => {
  readConfig(c.env); // invalid vars → ConfigError → 500 with request id (and /health/ready says why)
  await next();
  c.res.headers.set("Cache-Control", "private, no-store");
});
app.use("/v1/*", accessKeyAuth());
app.use("/v1/*", rateLimit());
app.use("/v1/*", requireAccessKey());

app.route("/health", healthRoute);
const openApiByOrigin = new Map<string, Record<string, unknown>>();
app.get("/openapi.json", (c) => {
  const origin = new URL(c.req.url).origin;
  let doc = openApiByOrigin.get(origin);
  if (!doc) {
    doc = buildOpenApi(origin);
    if (openApiByOrigin.size < 16) openApiByOrigin.set(origin, doc);
  }
  return c.json(doc);
});
app.route("/v1", extractRoute);

app.notFound((c) => {
  const path = new URL(c.req.url).pathname;
  const allowed = KNOWN_ROUTES[path];
  if (allowed) {
    return handleError(apiError(405, "method_not_allowed", "Method not allowed", `${c.req.method} is not allowed on ${path}; use ${allowed.join(", ")}.`, {
      headers: { Allow: [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ") },
    }), c);
  }
  return handleError(apiError(404, "not_found", "Not found", `No route for ${c.req.method} ${path.slice(0, 200)}.`), c);
});
app.onError(handleError);
