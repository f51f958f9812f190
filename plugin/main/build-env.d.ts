/** The production Worker URL, replaced at build time by esbuild `define` (scripts/build-plugin.mjs); undeclared at runtime in tests. */
declare const __COPY_THAT_API_URL__: string | undefined;
