/* global console */
// One-off: minified/gzip size of the exporter entry points and whether zod is bundled.
// Run: node tests/unit/export/bundle-size.mjs
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

for (const entry of ["shared/export/export-token-set.ts", "shared/export/names.ts", "shared/export/index.ts"]) {
  const r = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, format: "esm", platform: "browser", metafile: true });
  const text = r.outputFiles[0].text;
  const hasZod = Object.keys(r.metafile.inputs).some((f) => f.includes("node_modules/zod"));
  console.log(entry.padEnd(36), `${text.length} B min, ${gzipSync(text).length} B gzip, zod: ${hasZod}`);
}
