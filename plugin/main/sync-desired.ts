import type { TokenSet } from "../../shared/contract/tokens";
import { cssVarName } from "../../shared/export/names";
import { hexToRgba, type Rgba } from "./color-value";
import { colorScopes, spacingScopes } from "./scopes";

/** The value a token wants in one mode. */
export type DesiredValue = Rgba | number;

/** What one token should look like as a Figma variable. */
export interface DesiredVariable {
  tokenId: string;
  name: string;
  type: "COLOR" | "FLOAT";
  /** Value per target mode name; always has the primary mode. */
  values: Record<string, DesiredValue>;
  /** Value in the primary mode (the mode the user chose). */
  primary: DesiredValue;
  scopes: VariableScope[];
  /** WEB code syntax, e.g. `var(--color-brand-primary)` — the CSS export's name. */
  webSyntax: string;
  description?: string;
}

/**
 * Turns a token set into desired variables. The set's first mode is written into `modeName`
 * (the mode the user chose); its other modes map by name. Gradients have no variable type and are skipped.
 */
export function desiredVariables(tokens: TokenSet, modeName: string): DesiredVariable[] {
  const extraModes = tokens.modes.slice(1).filter((m) => m !== modeName);
  const out: DesiredVariable[] = [];
  for (const c of tokens.colors) {
    const primary = hexToRgba(c.hex, c.alpha ?? 1);
    const values: Record<string, DesiredValue> = { [modeName]: primary };
    for (const m of extraModes) {
      const hex = c.modeValues?.[m];
      if (hex) values[m] = hexToRgba(hex, c.alpha ?? 1);
    }
    out.push({ tokenId: c.id, name: c.name, type: "COLOR", values, primary, scopes: colorScopes(c.role), webSyntax: `var(${cssVarName(c.name)})`, description: c.description });
  }
  for (const s of tokens.spacing) {
    const values: Record<string, DesiredValue> = { [modeName]: s.px };
    for (const m of extraModes) {
      const px = s.modeValues?.[m];
      if (px !== undefined) values[m] = px;
    }
    out.push({ tokenId: s.id, name: s.name, type: "FLOAT", values, primary: s.px, scopes: spacingScopes(s), webSyntax: `var(${cssVarName(s.name)})`, description: s.description });
  }
  return out;
}

/** Target mode names, primary first: the chosen mode, then the set's other modes. */
export function targetModes(tokens: TokenSet, modeName: string): string[] {
  const modes = [modeName];
  for (const m of tokens.modes.slice(1)) if (modes.indexOf(m) < 0) modes.push(m);
  return modes;
}
