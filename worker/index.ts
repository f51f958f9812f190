import { Hono } from "hono";

/** Bindings and vars (see wrangler.toml and the README's Configuration table). */
export interface Env {
  CACHE: KVNamespace;
  LIMITS: KVNamespace;
  CLAUDE_MODEL?: string;
  ANTHROPIC_API_KEY?: string;
  ANTHROPIC_BASE_URL?: string;
  ACCESS_KEYS?: string;
}

/** The Copy That API. */
export const app = new Hono<{ Bindings: Env }>();

app.get("/health", (c) => c.json({ ok: true }));

export default app;
