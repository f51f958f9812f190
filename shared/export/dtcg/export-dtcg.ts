import type { ColorToken, GradientToken, SpacingToken } from "../../contract/tokens.js";
import type { ExportFile, ExportOptions } from "../types.js";
import type { Named, NamedTokenSet } from "../resolve-names.js";
import { colorInMode, modeSlug, spacingInMode } from "../modes.js";
import { cssVarName, nameSegments } from "../names.js";
import { buildTree, type TreeGroup } from "../tree.js";
import { dimension, dimensionOptions, hexToComponents } from "../values.js";
import { colorScopes, spacingScopes } from "../figma-scopes.js";
import { formatJson } from "./format-json.js";
import { buildPalette, colorKey, type Palette } from "./palette.js";
import { DTCG_MEDIA_TYPE, EXTENSION_KEY, FIGMA_CODE_SYNTAX_KEY, FIGMA_SCOPES_KEY, ROOT_TOKEN_KEY } from "./constants.js";

/** One DTCG token object. */
export interface DtcgToken {
  $value: unknown;
  $type?: string;
  $description?: string;
  $extensions?: Record<string, unknown>;
}

interface Entry {
  path: string[];
  type: "color" | "dimension" | "gradient";
  token: DtcgToken;
}

const isToken = (node: DtcgToken | TreeGroup<DtcgToken>): node is DtcgToken => "$value" in node;

/** DTCG color value: `{ colorSpace: "srgb", components, alpha?, hex }`. */
export function dtcgColor(hex: string, alpha: number | undefined): Record<string, unknown> {
  return alpha === undefined || alpha >= 1 ? { colorSpace: "srgb", components: hexToComponents(hex), hex } : { colorSpace: "srgb", components: hexToComponents(hex), alpha, hex };
}

/** The alias text of every path, with `$root` appended where a token shares its path with a group. */
function referencePaths(paths: readonly string[][]): Map<string, string> {
  const groups = new Set<string>();
  for (const p of paths) for (let i = 1; i < p.length; i++) groups.add(p.slice(0, i).join("/"));
  const refs = new Map<string, string>();
  for (const p of paths) refs.set(p.join("/"), `{${[...p, ...(groups.has(p.join("/")) ? [ROOT_TOKEN_KEY] : [])].join(".")}}`);
  return refs;
}

const withoutUndefined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The default mode's value plus the token's explicit other-mode values (only with several modes). */
function modeMap<V>(modes: readonly string[], base: V, explicit: Record<string, V> | undefined): Record<string, V> | undefined {
  if (modes.length < 2) return undefined;
  return { [modes[0]]: base, ...Object.fromEntries(Object.entries(explicit ?? {}).filter(([m]) => m !== modes[0] && modes.includes(m))) };
}

function colorEntry(c: Named<ColorToken>, set: NamedTokenSet, mode: string, palette: Palette, refs: Map<string, string>): Entry {
  const { token } = c;
  const hex = colorInMode(token, mode, set.modes);
  const target = palette.byValue.get(colorKey(hex, token.alpha));
  const $value = target && target !== c.name ? refs.get(target) : dtcgColor(hex, token.alpha);
  const ours = withoutUndefined({
    id: token.id,
    name: token.name === c.name ? undefined : token.name,
    role: token.role,
    palette: token.palette,
    coverage: token.coverage,
    frames: token.frames,
    usage: token.usage,
    contrast: token.contrast,
    namingSource: token.namingSource,
    modeValues: modeMap(set.modes, token.hex, token.modeValues),
  });
  return {
    path: nameSegments(c.name),
    type: "color",
    token: withoutUndefined({
      $value,
      $description: token.description,
      $extensions: { [EXTENSION_KEY]: ours, [FIGMA_SCOPES_KEY]: colorScopes(token), [FIGMA_CODE_SYNTAX_KEY]: { WEB: `var(${cssVarName(c.name)})` } },
    }) as unknown as DtcgToken,
  };
}

function spacingEntry(s: Named<SpacingToken>, set: NamedTokenSet, mode: string, options: ExportOptions): Entry {
  const { token } = s;
  const px = spacingInMode(token, mode, set.modes);
  const ours = withoutUndefined({
    id: token.id,
    name: token.name === s.name ? undefined : token.name,
    px: dimensionOptions(options).unit === "px" ? undefined : px,
    count: token.count,
    contexts: token.contexts,
    frames: token.frames,
    namingSource: token.namingSource,
    modeValues: modeMap(set.modes, token.px, token.modeValues),
  });
  return {
    path: nameSegments(s.name),
    type: "dimension",
    token: withoutUndefined({
      $value: dimension(px, options),
      $description: token.description,
      $extensions: { [EXTENSION_KEY]: ours, [FIGMA_SCOPES_KEY]: spacingScopes(token), [FIGMA_CODE_SYNTAX_KEY]: { WEB: `var(${cssVarName(s.name)})` } },
    }) as unknown as DtcgToken,
  };
}

function gradientEntry(g: Named<GradientToken>, palette: Palette, refs: Map<string, string>): Entry {
  const { token } = g;
  const stops = [...token.stops]
    .sort((a, b) => a.position - b.position)
    .map((s) => {
      const target = palette.byValue.get(colorKey(s.hex, undefined));
      return { color: target ? refs.get(target) : dtcgColor(s.hex, undefined), position: s.position };
    });
  const ours = withoutUndefined({ id: token.id, name: token.name === g.name ? undefined : token.name, angle: token.angle, coverage: token.coverage, frames: token.frames });
  return { path: nameSegments(g.name), type: "gradient", token: { $value: stops, $extensions: { [EXTENSION_KEY]: ours } } };
}

/** Put `$type` on each top-level group whose tokens all share one type, else on each token. */
function typedTree(entries: readonly Entry[]): TreeGroup<DtcgToken> {
  const typesByGroup = new Map<string, Set<string>>();
  for (const e of entries) typesByGroup.set(e.path[0], (typesByGroup.get(e.path[0]) ?? new Set()).add(e.type));
  const uniform = (e: Entry): boolean => e.path.length > 1 && typesByGroup.get(e.path[0])?.size === 1;
  const tree = buildTree(
    entries.map((e) => ({ path: e.path, value: uniform(e) ? e.token : { $type: e.type, ...e.token } })),
    ROOT_TOKEN_KEY,
    isToken,
  );
  const typed: TreeGroup<DtcgToken> = {};
  for (const [key, node] of Object.entries(tree)) {
    const types = typesByGroup.get(key);
    typed[key] = !isToken(node) && types?.size === 1 ? ({ $type: [...types][0], ...node } as unknown as TreeGroup<DtcgToken>) : node;
  }
  return typed;
}

/**
 * DTCG 2025.10 JSON, one `.tokens.json` file per mode. Groups by type with `$type` on the group;
 * colors as sRGB objects with `hex`; spacing as `{ value, unit }`; gradients as stop lists. Palette
 * tokens (`color.blue.600`) come from each color's `palette` and semantic tokens alias them
 * (`"{color.blue.600}"`). Our data sits under `$extensions["dev.copythat"]` (with the token's mode values, so
 * any one file imports back losslessly), Figma scopes and code syntax under `com.figma.*`.
 */
export function exportDtcg(set: NamedTokenSet, options: ExportOptions): ExportFile[] {
  const { unit, remBase } = dimensionOptions(options);
  const palette = options.dtcgAliases === false ? { byValue: new Map<string, string>(), entries: [], selfNamed: new Set<string>() } : buildPalette(set);
  const refs = referencePaths([...set.colors, ...set.spacing, ...set.gradients].map((t) => nameSegments(t.name)).concat(palette.entries.map((p) => nameSegments(p.path))));
  const basename = options.basename ?? "tokens";

  return set.modes.map((mode, i) => {
    const entries: Entry[] = [
      ...palette.entries.map((p): Entry => ({ path: nameSegments(p.path), type: "color", token: { $value: dtcgColor(p.hex, p.alpha), $extensions: { [EXTENSION_KEY]: { palette: true } } } })),
      ...set.colors.map((c) => colorEntry(c, set, mode, palette, refs)),
      ...set.spacing.map((s) => spacingEntry(s, set, mode, options)),
      ...set.gradients.map((g) => gradientEntry(g, palette, refs)),
    ];
    const root = withoutUndefined({ mode, modes: set.modes, baseUnit: set.baseUnit, remBase: unit === "rem" ? remBase : undefined });
    const doc = {
      $description: `Design tokens generated by Copy That${set.modes.length > 1 ? ` (mode: ${mode})` : ""}. Values measured at 1x.`,
      $extensions: { [EXTENSION_KEY]: root },
      ...typedTree(entries),
    };
    const filename = set.modes.length > 1 ? `${basename}.${modeSlug(set.modes, i)}.tokens.json` : `${basename}.tokens.json`;
    return { filename, mediaType: DTCG_MEDIA_TYPE, content: `${formatJson(doc)}\n` };
  });
}
