import type { VariableLike } from "../../../plugin/main/figma-api";
import type { FakeCollection } from "./fake-collection";
import { FakePluginData } from "./fake-plugin-data";

/** Shared state of one fake document's variables. */
export interface VariableStore {
  variables: Map<string, FakeVariable>;
  collections: Map<string, FakeCollection>;
  nextId: () => number;
  /** Called on every document mutation. */
  mutate: () => void;
  maxModes: number;
  pluginId: string;
  onRemoveVariable: (id: string) => void;
  onRemoveCollection: (id: string) => void;
}

const FILL_SCOPES: VariableScope[] = ["FRAME_FILL", "SHAPE_FILL", "TEXT_FILL"];
const COLOR_SCOPES: VariableScope[] = ["ALL_SCOPES", "ALL_FILLS", ...FILL_SCOPES, "STROKE_COLOR", "EFFECT_COLOR"];
const FLOAT_SCOPES: VariableScope[] = ["ALL_SCOPES", "TEXT_CONTENT", "CORNER_RADIUS", "WIDTH_HEIGHT", "GAP", "STROKE_FLOAT", "OPACITY", "EFFECT_FLOAT", "FONT_SIZE", "LINE_HEIGHT", "LETTER_SPACING", "PARAGRAPH_SPACING", "PARAGRAPH_INDENT", "FONT_WEIGHT"];

/** Figma refuses `.`, `{`, `}` in variable names (they'd break alias syntax) and empty path segments. */
export function checkVariableName(name: string, method: string): void {
  if (!name.trim() || /[.{}]/.test(name) || name.split("/").some((s) => !s.trim())) {
    throw new Error(`in ${method}: Invalid variable name "${name}": names cannot be empty or contain ".", "{" or "}"`);
  }
}

/** A local variable that behaves like Figma's where the sync depends on it. */
export class FakeVariable implements VariableLike {
  readonly id: string;
  description = "";
  private _name: string;
  private readonly _type: VariableResolvedDataType;
  private readonly values: Record<string, VariableValue> = {};
  private _scopes: VariableScope[] = ["ALL_SCOPES"];
  private readonly syntax: { [P in CodeSyntaxPlatform]?: string } = {};
  private readonly data: FakePluginData;

  constructor(
    private readonly store: VariableStore,
    name: string,
    readonly variableCollectionId: string,
    type: VariableResolvedDataType,
  ) {
    this.id = `VariableID:1:${store.nextId()}`;
    this._name = name;
    this._type = type;
    this.data = new FakePluginData(store.pluginId, store.mutate);
  }

  get name(): string {
    return this._name;
  }
  set name(value: string) {
    checkVariableName(value, "set_name");
    if (value === this._name) return;
    const collection = this.collection();
    if (collection.hasName(value)) throw new Error(`in set_name: Variable with name "${value}" already exists in this collection`);
    collection.renamed(this._name, value, this.id);
    this._name = value;
    this.store.mutate();
  }

  /** Read-only like Figma's: there is no setter, so an assignment throws in strict mode. */
  get resolvedType(): VariableResolvedDataType {
    return this._type;
  }

  get valuesByMode(): { [modeId: string]: VariableValue } {
    return structuredClone(this.values);
  }

  setValueForMode(modeId: string, value: VariableValue): void {
    if (!this.collection().modes.some((m) => m.modeId === modeId)) throw new Error(`in setValueForMode: Invalid mode ID "${modeId}" for this variable's collection`);
    const alias = typeof value === "object" && value !== null && (value as VariableAlias).type === "VARIABLE_ALIAS";
    const ok = alias || (this._type === "COLOR" ? typeof value === "object" && value !== null && "r" in value : this._type === "FLOAT" ? typeof value === "number" && Number.isFinite(value) : true);
    if (!ok) throw new Error(`in setValueForMode: Mismatched variable resolved type ${this._type} for value ${JSON.stringify(value)}`);
    this.values[modeId] = structuredClone(value);
    this.store.mutate();
  }

  get scopes(): VariableScope[] {
    return [...this._scopes];
  }
  set scopes(scopes: VariableScope[]) {
    const allowed = this._type === "COLOR" ? COLOR_SCOPES : this._type === "FLOAT" ? FLOAT_SCOPES : ["ALL_SCOPES"];
    if (scopes.some((s) => !allowed.includes(s))) throw new Error(`in set_scopes: Invalid scopes for a ${this._type} variable: ${scopes.join(", ")}`);
    if (scopes.includes("ALL_SCOPES") && scopes.length > 1) throw new Error("in set_scopes: ALL_SCOPES must be the only scope");
    if (scopes.includes("ALL_FILLS") && scopes.some((s) => FILL_SCOPES.includes(s))) throw new Error("in set_scopes: ALL_FILLS cannot be combined with other fill scopes");
    this._scopes = [...scopes];
    this.store.mutate();
  }

  get codeSyntax(): { [P in CodeSyntaxPlatform]?: string } {
    return { ...this.syntax };
  }
  setVariableCodeSyntax(platform: CodeSyntaxPlatform, value: string): void {
    this.syntax[platform] = value;
    this.store.mutate();
  }

  getPluginData(key: string): string {
    return this.data.getPluginData(key);
  }
  setPluginData(key: string, value: string): void {
    this.data.setPluginData(key, value);
  }

  remove(): void {
    this.collection().detach(this.id, this._name);
    this.store.variables.delete(this.id);
    this.store.onRemoveVariable(this.id);
    this.store.mutate();
  }

  private collection(): FakeCollection {
    const c = this.store.collections.get(this.variableCollectionId);
    if (!c) throw new Error("in variable: The collection of this variable was removed");
    return c;
  }
}
