import type { ColorToken, SpacingToken } from "../contract/tokens.js";

/**
 * Figma variable scopes that fit a color's role (so a text color is only offered for text fills):
 * text roles → `TEXT_FILL`; background/surface → frame and shape fills; border → strokes;
 * everything else → all fills and strokes.
 */
export function colorScopes(token: Pick<ColorToken, "role">): string[] {
  switch (token.role) {
    case "text":
    case "text-muted":
      return ["TEXT_FILL"];
    case "background":
    case "surface":
      return ["FRAME_FILL", "SHAPE_FILL"];
    case "border":
      return ["STROKE_COLOR"];
    default:
      return ["ALL_FILLS", "STROKE_COLOR"];
  }
}

/** Figma scopes for a spacing token: `GAP` (auto-layout gap and padding). */
export function spacingScopes(_token: Pick<SpacingToken, "contexts">): string[] {
  return ["GAP"];
}
