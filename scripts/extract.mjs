#!/usr/bin/env node
// `npm run -s extract -- a.png [b.png ...] [--scale N] [--format json|dtcg|css|tailwind|tailwind3|scss|ts]`
// Thin launcher: the CLI itself is scripts/extract-cli.ts (runs the same engine as the Worker).
process.argv.splice(2, 0, "scripts/extract-cli.ts");
await import("./run-ts.mjs");
