/** Replaced at build time by esbuild `define` (scripts/build-plugin.mjs); real `process.env` under tests. */
declare const process: { env: { COPY_THAT_API_URL?: string } };
