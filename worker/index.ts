import { app } from "./app.js";

export type { Env } from "./config/env.js";
export { app };

/** Worker entry: the Hono app's fetch handler. */
export default app;
