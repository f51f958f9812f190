import type { SpacingToken } from "../../../shared/contract/tokens.js";
import { TokenNameInput } from "./token-name-input.js";

/** Whether px is a multiple of the base unit (±0.5 px). */
export function onGrid(px: number, base: number | null): boolean {
  if (!base) return true;
  const r = px % base;
  return r <= 0.5 || base - r <= 0.5;
}

/** The spacing scale as bars with px values, names and the inferred base unit. */
export function SpacingScale(props: { spacing: SpacingToken[]; baseUnit: number | null; onRename: (id: string, name: string) => string | null; onExclude: (id: string) => void }) {
  const { spacing, baseUnit } = props;
  if (!spacing.length) return <p class="muted">No spacing measured.</p>;
  const max = Math.max(...spacing.map((s) => s.px));
  return (
    <div>
      <p class="muted" data-testid="base-unit">
        {baseUnit ? `Base unit ${baseUnit} px — values off the grid are greyed.` : "No common base unit."}
      </p>
      <ul class="list bars" data-testid="spacing">
        {spacing.map((s) => (
          <li class="bar-row" key={s.id} data-testid="spacing-token" data-px={s.px}>
            <div style={{ display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 }}>
              <TokenNameInput value={s.name} label={`Name of ${s.px} px spacing`} onCommit={(n) => props.onRename(s.id, n)} />
              <div class={`bar${onGrid(s.px, baseUnit) ? "" : " off"}`} style={{ width: `${Math.max(1, (s.px / max) * 100)}%` }} aria-hidden="true" />
            </div>
            <span class="hex" style={{ textAlign: "right" }}>
              {s.px} px
            </span>
            <span class="badges">
              <span class="badge" title={s.contexts.map((c) => `${c.context} ×${c.count}`).join(", ")}>
                ×{s.count}
              </span>
              <button class="small ghost" aria-label={`Exclude ${s.px} px`} title="Exclude from the tokens" onClick={() => props.onExclude(s.id)}>
                ✕
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
