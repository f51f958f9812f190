import type { SelectedFrame } from "../../shared/protocol/endpoints";
import type { NodeLike } from "./figma-api";

/** Node types the plugin can export and measure. */
export const EXPORTABLE_TYPES: ReadonlyArray<SelectedFrame["type"]> = ["FRAME", "COMPONENT", "COMPONENT_SET", "INSTANCE", "SECTION", "GROUP"];

/** True for frames, components, component sets, instances, sections and groups with an area. */
export function isExportable(node: { readonly type: string; readonly width?: number; readonly height?: number }): boolean {
  return (EXPORTABLE_TYPES as ReadonlyArray<string>).indexOf(node.type) >= 0 && (node.width ?? 0) > 0 && (node.height ?? 0) > 0;
}

/** The UI's view of a node. */
export function toSelectedFrame(node: NodeLike): SelectedFrame {
  return { id: node.id, name: node.name, type: node.type as SelectedFrame["type"], width: node.width, height: node.height };
}

/** The exportable part of a selection, in selection order, plus how many layers were left out. */
export function describeSelection(selection: ReadonlyArray<NodeLike>): { frames: SelectedFrame[]; ignored: number } {
  const frames = selection.filter(isExportable).map(toSelectedFrame);
  return { frames, ignored: selection.length - frames.length };
}
