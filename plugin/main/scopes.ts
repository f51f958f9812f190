import type { ColorRole, SpacingToken } from "../../shared/contract/tokens";

/**
 * Where a color variable is offered in Figma's pickers, by role. `ALL_FILLS` already covers
 * frame/shape/text fills, so it is never combined with them; `ALL_SCOPES` is never used.
 */
export function colorScopes(role: ColorRole): VariableScope[] {
  switch (role) {
    case "text":
    case "text-muted":
      return ["TEXT_FILL"];
    case "border":
      return ["STROKE_COLOR"];
    case "background":
    case "surface":
      return ["FRAME_FILL", "SHAPE_FILL"];
    default:
      return ["ALL_FILLS", "STROKE_COLOR"];
  }
}

/**
 * Spacing variables: `GAP` (auto-layout gap and padding) always; `WIDTH_HEIGHT` too when the
 * value was measured as an inset or margin (positions and sizes outside auto layout).
 */
export function spacingScopes(token: Pick<SpacingToken, "contexts">): VariableScope[] {
  const sized = token.contexts.some((c) => (c.context === "inset" || c.context === "margin") && c.count > 0);
  return sized ? ["GAP", "WIDTH_HEIGHT"] : ["GAP"];
}
