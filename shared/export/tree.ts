/** A nested group: leaves are values, inner nodes are groups. */
export interface TreeGroup<V> {
  [key: string]: V | TreeGroup<V>;
}

/**
 * Build a nested tree from slash paths. When one path is a prefix of another (`color/brand` and
 * `color/brand/primary`), the shorter token is stored under `rootKey` inside the group
 * (`$root` in DTCG 2025.10, `DEFAULT` in TypeScript, as in Tailwind configs), so neither is lost.
 * `isLeaf` tells values from groups.
 */
export function buildTree<V>(entries: readonly { path: readonly string[]; value: V }[], rootKey: string, isLeaf: (node: V | TreeGroup<V>) => node is V): TreeGroup<V> {
  const root: TreeGroup<V> = {};
  for (const { path, value } of entries) {
    let group = root;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i];
      const existing = group[key];
      if (existing === undefined) {
        const next: TreeGroup<V> = {};
        group[key] = next;
        group = next;
      } else if (isLeaf(existing)) {
        const next: TreeGroup<V> = { [rootKey]: existing };
        group[key] = next;
        group = next;
      } else {
        group = existing;
      }
    }
    const last = path[path.length - 1];
    const existing = group[last];
    if (existing !== undefined && !isLeaf(existing)) existing[rootKey] = value;
    else group[last] = value;
  }
  return root;
}
