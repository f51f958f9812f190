import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXPORT_FORMATS, exportTokens } from "../../../shared/export/index.js";
import { lightTokens, themedTokens } from "./fixture-tokens.js";

/**
 * Golden files: the exact output of every format for the fixed fixtures, reviewed by eye once and
 * pinned. Regenerate deliberately with `UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/export/golden.test.ts`.
 */
const root = fileURLToPath(new URL("../../fixtures/golden/", import.meta.url));
const update = process.env.UPDATE_GOLDEN === "1";

describe("golden files", () => {
  for (const [label, set] of [["single", lightTokens], ["themed", themedTokens]] as const) {
    for (const { format } of EXPORT_FORMATS) {
      it(`${label} / ${format}`, () => {
        const dir = join(root, label, format);
        const files = exportTokens(set, format);
        if (update) {
          mkdirSync(dir, { recursive: true });
          for (const f of files) writeFileSync(join(dir, f.filename), f.content);
        }
        expect(existsSync(dir), `${dir} missing: run with UPDATE_GOLDEN=1`).toBe(true);
        expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.filename).sort());
        for (const f of files) expect(f.content, f.filename).toBe(readFileSync(join(dir, f.filename), "utf8"));
      });
    }
  }

  it("output is deterministic: input order does not matter", () => {
    const reversed = { ...themedTokens, colors: [...themedTokens.colors].reverse(), spacing: [...themedTokens.spacing].reverse() };
    for (const { format } of EXPORT_FORMATS) expect(exportTokens(reversed, format)).toEqual(exportTokens(themedTokens, format));
  });
});
