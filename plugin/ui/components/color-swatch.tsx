import type { ColorToken } from "../../../shared/contract/tokens.js";
import { TokenNameInput } from "./token-name-input.js";

/** Coverage as a short percentage ("12.5%", "<0.1%"). */
export function formatCoverage(coverage: number): string {
  if (coverage > 0 && coverage < 0.001) return "<0.1%";
  return `${(coverage * 100).toFixed(coverage >= 0.1 ? 0 : 1)}%`;
}

function ContrastBadge({ token }: { token: ColorToken }) {
  const best = token.contrast?.slice().sort((a, b) => b.ratio - a.ratio)[0];
  if (!best) return null;
  const level = best.aaa ? "AAA" : best.aa ? "AA" : "Low";
  return (
    <span class={`badge ${best.aa ? "good" : "bad"}`} title={`Contrast ${best.ratio.toFixed(2)}:1 against ${best.against}`}>
      {best.ratio.toFixed(1)}:1 {level}
    </span>
  );
}

export interface ColorSwatchProps {
  token: ColorToken;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onRename: (name: string) => string | null;
  onExclude: () => void;
  /** Label tokens that kept a heuristic name (when the set was otherwise named by Claude). */
  markHeuristic?: boolean;
}

/** One color: selection checkbox, chip, editable name, hex, coverage and contrast badges, exclude. */
export function ColorSwatch({ token, selected, onSelect, onRename, onExclude, markHeuristic }: ColorSwatchProps) {
  return (
    <li class={`swatch${selected ? " selected" : ""}`} data-testid="color" data-hex={token.hex}>
      <input type="checkbox" checked={selected} aria-label={`Select ${token.hex}`} onChange={(e) => onSelect((e.target as HTMLInputElement).checked)} style={{ height: "14px" }} />
      <span class="chip" style={{ background: token.hex, opacity: token.alpha ?? 1 }} aria-hidden="true" />
      <span class="meta">
        <TokenNameInput value={token.name} label={`Name of ${token.hex}`} onCommit={onRename} />
        <span class="muted">
          <span class="hex">{token.hex}</span>
          {token.alpha !== undefined && token.alpha < 1 ? ` · ${Math.round(token.alpha * 100)}% alpha` : ""}
          {token.modeValues && Object.entries(token.modeValues).map(([mode, hex]) => ` · ${mode} ${hex}`)}
        </span>
      </span>
      <span class="badges">
        {token.namingSource === "user" && <span class="badge">edited</span>}
        {markHeuristic && token.namingSource === "heuristic" && (
          <span class="badge label" title="Claude did not name this one; the name comes from rules">
            heuristic
          </span>
        )}
        <span class="badge" title="Share of the analysed pixels">
          {formatCoverage(token.coverage)}
        </span>
        <ContrastBadge token={token} />
        <button class="small ghost" aria-label={`Exclude ${token.hex}`} title="Exclude from the tokens" onClick={onExclude}>
          ✕
        </button>
      </span>
    </li>
  );
}
