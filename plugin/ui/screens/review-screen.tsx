import { useState } from "preact/hooks";
import type { ExtractResponse } from "../../../shared/contract/extract.js";
import type { ColorRole, TokenSet } from "../../../shared/contract/tokens.js";
import { ColorSwatch } from "../components/color-swatch.js";
import { SpacingScale } from "../components/spacing-scale.js";
import { EditError, excludedTokens, excludeToken, mergeColors, renameToken, restoreToken } from "../state/token-edits.js";

const ROLE_ORDER: ColorRole[] = ["background", "surface", "border", "text", "text-muted", "primary", "accent", "success", "warning", "danger", "neutral", "other"];

/** How the current tokens were named; `local` = measured in the plugin without the backend. */
export type NamingOrigin = "backend" | "local";

export interface ReviewScreenProps {
  response: ExtractResponse;
  tokens: TokenSet;
  origin: NamingOrigin;
  onChange: (tokens: TokenSet) => void;
}

function NamingNotice({ response, origin }: { response: ExtractResponse; origin: NamingOrigin }) {
  const { naming } = response;
  const heuristic = naming.source === "heuristic";
  return (
    <div class={`banner ${heuristic ? "warn" : "info"}`} data-testid="naming">
      <div class="row">
        <span class={`badge${heuristic || origin === "local" ? " label" : ""}`}>{origin === "local" ? "Measured locally, heuristic names" : heuristic ? "Heuristic names" : `Named by Claude${naming.model ? ` (${naming.model})` : ""}`}</span>
        <span class="muted">
          {response.frames.length} frame{response.frames.length === 1 ? "" : "s"}
          {response.cache === "hit" ? " · from cache" : ""}
          {response.usage ? ` · ~$${response.usage.estimatedUsd.toFixed(4)}` : ""}
        </span>
      </div>
      {response.frames.some((f) => f.photos > 0 || f.scaleSource !== "given") && (
        <p class="muted" data-testid="frame-reports">
          {response.frames
            .filter((f) => f.photos > 0 || f.scaleSource !== "given")
            .map((f) => {
              const scale = f.scaleSource === "given" ? "" : `scale ${f.scale}x ${f.scaleSource === "inferred" ? "inferred" : "assumed"}`;
              const photos = f.photos ? `${f.photos} photo${f.photos === 1 ? "" : "s"} kept out of the palette` : "";
              return `${f.name}: ${[scale, photos].filter(Boolean).join(", ")}`;
            })
            .join(" · ")}
        </p>
      )}
      {heuristic && <p>Values are measured exactly; names come from rules (role + hue + lightness). Rename anything that reads wrong.</p>}
      {naming.warnings.map((w) => (
        <p key={w.code} class="muted">
          {w.message}
        </p>
      ))}
    </div>
  );
}

/** Review: colors grouped by role, the spacing scale, rename/exclude/merge, and what was excluded. */
export function ReviewScreen({ response, tokens, origin, onChange }: ReviewScreenProps) {
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const original: TokenSet = { colors: response.colors, spacing: response.spacing, gradients: response.gradients, baseUnit: response.baseUnit, modes: response.modes };
  const excluded = excludedTokens(tokens, original);
  const edit = (fn: () => TokenSet): string | null => {
    try {
      onChange(fn());
      setMessage(null);
      return null;
    } catch (error) {
      const text = error instanceof EditError ? error.message : String(error);
      setMessage(text);
      return text;
    }
  };
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s.filter((x) => x !== id), id] : s.filter((x) => x !== id)));
  const pair = selected.map((id) => tokens.colors.find((c) => c.id === id)).filter((c) => !!c);
  const [keep, drop] = pair.length === 2 ? [...pair].sort((a, b) => b.coverage - a.coverage) : [];
  const groups = ROLE_ORDER.map((role) => ({ role, colors: tokens.colors.filter((c) => c.role === role) })).filter((g) => g.colors.length);

  return (
    <>
      <NamingNotice response={response} origin={origin} />
      <section aria-labelledby="colors-h">
        <div class="row" style={{ justifyContent: "space-between", minHeight: "24px" }}>
          <h2 id="colors-h" style={{ margin: 0 }}>
            Colors <span class="muted">{tokens.colors.length}</span>
          </h2>
          <div class="row">
            {keep && drop && (
              <button class="small" data-testid="merge" onClick={() => edit(() => mergeColors(tokens, keep.id, drop.id)) ?? setSelected([])} title={`Keep ${keep.hex}, fold ${drop.hex} into it`}>
                Merge {drop.hex} into {keep.hex}
              </button>
            )}
            {pair.length > 0 && !(keep && drop) && <span class="muted">Select two colors to merge</span>}
          </div>
        </div>
        {message && (
          <p role="alert" style={{ color: "var(--danger)" }}>
            {message}
          </p>
        )}
        {groups.map((g) => (
          <div key={g.role}>
            <h3>{g.role.replace("-", " ")}</h3>
            <ul class="list swatches">
              {g.colors.map((c) => (
                <ColorSwatch
                  key={c.id}
                  token={c}
                  selected={selected.includes(c.id)}
                  onSelect={(on) => toggle(c.id, on)}
                  onRename={(name) => edit(() => renameToken(tokens, c.id, name))}
                  onExclude={() => (edit(() => excludeToken(tokens, c.id)), toggle(c.id, false))}
                  markHeuristic={response.naming.source === "claude"}
                />
              ))}
            </ul>
          </div>
        ))}
        {!tokens.colors.length && <p class="muted">No colors kept.</p>}
      </section>
      <section aria-labelledby="spacing-h">
        <h2 id="spacing-h">
          Spacing <span class="muted">{tokens.spacing.length}</span>
        </h2>
        <SpacingScale spacing={tokens.spacing} baseUnit={tokens.baseUnit} onRename={(id, name) => edit(() => renameToken(tokens, id, name))} onExclude={(id) => edit(() => excludeToken(tokens, id))} />
      </section>
      {tokens.gradients.length > 0 && (
        <section aria-labelledby="gradients-h">
          <h2 id="gradients-h">
            Gradients <span class="muted">{tokens.gradients.length} · reported by their stops, not as colors</span>
          </h2>
          <ul class="list">
            {tokens.gradients.map((g) => (
              <li key={g.id} class="row" data-testid="gradient">
                <span class="chip" style={{ width: "48px", background: `linear-gradient(${g.angle}deg, ${g.stops.map((s) => `${s.hex} ${Math.round(s.position * 100)}%`).join(", ")})` }} aria-hidden="true" />
                <span style={{ flex: 1 }}>{g.name}</span>
                <span class="hex muted">{g.stops.map((s) => s.hex).join(" → ")}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {excluded.colors.length + excluded.spacing.length > 0 && (
        <section aria-labelledby="excluded-h">
          <h2 id="excluded-h">
            Excluded <span class="muted">{excluded.colors.length + excluded.spacing.length}</span>
          </h2>
          <ul class="list">
            {[...excluded.colors.map((c) => ({ id: c.id, label: `${c.hex} ${c.name}`, hex: c.hex })), ...excluded.spacing.map((s) => ({ id: s.id, label: `${s.px} px ${s.name}`, hex: undefined }))].map((t) => (
              <li key={t.id} class="row" data-testid="excluded">
                {t.hex && <span class="chip" style={{ background: t.hex, width: "16px", height: "16px" }} aria-hidden="true" />}
                <span class="hex" style={{ flex: 1 }}>
                  {t.label}
                </span>
                <button class="small" onClick={() => edit(() => restoreToken(tokens, original, t.id))}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
