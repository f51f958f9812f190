import type { FrameReport } from "../../shared/contract/extract.js";
import type { ColorToken, SpacingToken, TokenSet } from "../../shared/contract/tokens.js";

/** Short ids given to candidates in the prompt (`c1…`, `s1…`, frames `f1…`), mapped back to tokens. */
export interface CandidateIndex {
  colors: Map<string, ColorToken>;
  spacing: Map<string, SpacingToken>;
  /** Alias of every token id, for lookups by the real id. */
  aliasOf: Map<string, string>;
}

/** Assigns aliases in token order; a reply may use either the alias or the token's real id. */
export function indexCandidates(tokens: TokenSet): CandidateIndex {
  const colors = new Map<string, ColorToken>();
  const spacing = new Map<string, SpacingToken>();
  const aliasOf = new Map<string, string>();
  tokens.colors.forEach((t, i) => {
    colors.set(`c${i + 1}`, t);
    aliasOf.set(`color:${t.id}`, `c${i + 1}`);
  });
  tokens.spacing.forEach((t, i) => {
    spacing.set(`s${i + 1}`, t);
    aliasOf.set(`spacing:${t.id}`, `s${i + 1}`);
  });
  return { colors, spacing, aliasOf };
}

const pct = (x: number) => (x * 100 >= 10 ? (x * 100).toFixed(1) : (x * 100).toPrecision(2)) + "%";

/**
 * The compact text table of measured candidates sent with the frames: one line per
 * candidate, values included so Claude can reason about them (it never returns values).
 */
export function candidateTable(tokens: TokenSet, frames: FrameReport[], index: CandidateIndex): string {
  const frameAlias = new Map(frames.map((f, i) => [f.id, `f${i + 1}`]));
  const fa = (id: string) => frameAlias.get(id) ?? "?";
  const lines: string[] = [];
  lines.push("FRAMES (id | name | size at 1x | mode)");
  frames.forEach((f, i) => {
    const w = Math.round(f.width / f.scale);
    const h = Math.round(f.height / f.scale);
    lines.push(`f${i + 1} | ${JSON.stringify(f.name)} | ${w}x${h} | ${f.mode ?? tokens.modes[0]}`);
  });
  if (tokens.colors.length) {
    lines.push("", "COLORS (id | hex | coverage | seen as | frames | contrast | current name, role)");
    for (const [alias, t] of index.colors) {
      const hex = t.alpha !== undefined && t.alpha < 1 ? `${t.hex} a=${t.alpha.toFixed(2)}` : t.hex;
      const contrast = (t.contrast ?? [])
        .slice(0, 2)
        .map((c) => `${c.ratio.toFixed(1)}:1 on ${c.against}${c.aaa ? " AAA" : c.aa ? " AA" : ""}`)
        .join("; ");
      const modes = t.modeValues ? " modes:" + Object.entries(t.modeValues).map(([m, v]) => `${m}=${v}`).join(",") : "";
      const seen = t.frames.map((f) => `${fa(f.frame)}:${pct(f.coverage)}`).join(",");
      lines.push(`${alias} | ${hex}${modes} | ${pct(t.coverage)} | ${t.usage.join(",") || "-"} | ${seen || "-"} | ${contrast || "-"} | ${t.name}, ${t.role}`);
    }
  }
  if (tokens.spacing.length) {
    lines.push("", `SPACING (id | px at 1x | count | contexts | frames | current name)${tokens.baseUnit ? ` base unit ${tokens.baseUnit}px` : ""}`);
    for (const [alias, t] of index.spacing) {
      const ctx = t.contexts.map((c) => `${c.context}:${c.count}`).join(",");
      lines.push(`${alias} | ${t.px} | ${t.count} | ${ctx || "-"} | ${t.frames.map(fa).join(",") || "-"} | ${t.name}`);
    }
  }
  return lines.join("\n");
}
