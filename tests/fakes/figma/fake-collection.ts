import type { CollectionLike } from "../../../plugin/main/figma-api";
import { FakePluginData } from "./fake-plugin-data";
import type { VariableStore } from "./fake-variables";

/** A local variable collection with Figma's mode rules (plan limit on `addMode`). */
export class FakeCollection implements CollectionLike {
  readonly id: string;
  private _name: string;
  private readonly _modes: { modeId: string; name: string }[];
  private readonly ids: string[] = [];
  private readonly names = new Map<string, string>();
  private readonly data: FakePluginData;

  constructor(
    private readonly store: VariableStore,
    name: string,
  ) {
    const n = store.nextId();
    this.id = `VariableCollectionId:1:${n}`;
    this._name = name;
    this._modes = [{ modeId: `${n}:0`, name: "Mode 1" }];
    this.data = new FakePluginData(store.pluginId, store.mutate);
  }

  get name(): string {
    return this._name;
  }
  set name(value: string) {
    this._name = value;
    this.store.mutate();
  }
  get modes(): { modeId: string; name: string }[] {
    return this._modes.map((m) => ({ ...m }));
  }
  get defaultModeId(): string {
    return this._modes[0].modeId;
  }
  get variableIds(): string[] {
    return [...this.ids];
  }

  addMode(name: string): string {
    if (this._modes.length >= this.store.maxModes) throw new Error(`in addMode: Limited to ${this.store.maxModes} modes only`);
    const modeId = `${this.id.split(":").pop()}:${this._modes.length}`;
    this._modes.push({ modeId, name });
    this.store.mutate();
    return modeId;
  }
  removeMode(modeId: string): void {
    if (this._modes.length === 1) throw new Error("in removeMode: Cannot remove the last mode");
    const i = this._modes.findIndex((m) => m.modeId === modeId);
    if (i < 0) throw new Error(`in removeMode: Invalid mode ID "${modeId}"`);
    this._modes.splice(i, 1);
    this.store.mutate();
  }
  renameMode(modeId: string, newName: string): void {
    const mode = this._modes.find((m) => m.modeId === modeId);
    if (!mode) throw new Error(`in renameMode: Invalid mode ID "${modeId}"`);
    mode.name = newName;
    this.store.mutate();
  }
  remove(): void {
    for (const id of [...this.ids]) this.store.variables.get(id)?.remove();
    this.store.collections.delete(this.id);
    this.store.onRemoveCollection(this.id);
    this.store.mutate();
  }
  getPluginData(key: string): string {
    return this.data.getPluginData(key);
  }
  setPluginData(key: string, value: string): void {
    this.data.setPluginData(key, value);
  }

  /** Fake internals used by `FakeVariable` and `createVariable`. */
  hasName(name: string): boolean {
    return this.names.has(name);
  }
  attach(id: string, name: string): void {
    this.ids.push(id);
    this.names.set(name, id);
  }
  renamed(from: string, to: string, id: string): void {
    this.names.delete(from);
    this.names.set(to, id);
  }
  detach(id: string, name: string): void {
    const i = this.ids.indexOf(id);
    if (i >= 0) this.ids.splice(i, 1);
    this.names.delete(name);
  }
}
