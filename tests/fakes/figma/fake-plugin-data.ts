/** Figma's cap on one plugin-data entry (plugin id + key + value), in bytes. */
export const PLUGIN_DATA_ENTRY_LIMIT = 100_000;

/** `getPluginData`/`setPluginData`/`getPluginDataKeys` backed by a map, with Figma's entry size cap. */
export class FakePluginData {
  private readonly data = new Map<string, string>();

  constructor(
    private readonly pluginId: string,
    private readonly onWrite: () => void = () => undefined,
  ) {}

  getPluginData(key: string): string {
    return this.data.get(key) ?? "";
  }

  setPluginData(key: string, value: string): void {
    if (typeof value !== "string") throw new Error("in setPluginData: Expected value to be a string");
    const size = new TextEncoder().encode(this.pluginId + key + value).length;
    if (size > PLUGIN_DATA_ENTRY_LIMIT) throw new Error(`in setPluginData: Plugin data entry is too large (${size} bytes, limit 100 kB)`);
    if (value === "") this.data.delete(key);
    else this.data.set(key, value);
    this.onWrite();
  }

  getPluginDataKeys(): string[] {
    return [...this.data.keys()];
  }
}
