import type { CollectionLike, VariableLike, VariablesLike } from "../../../plugin/main/figma-api";
import { count, type FakeLog } from "./fake-log";
import { FakeCollection } from "./fake-collection";
import { checkVariableName, FakeVariable, type VariableStore } from "./fake-variables";

/** Message Figma gives for a sync getter under `documentAccess: "dynamic-page"`. */
export const dynamicPageError = (method: string, instead: string) =>
  new Error(`in ${method}: Cannot call with documentAccess: dynamic-page. Use ${instead} instead.`);

/** `figma.variables` of the fake: async getters, object-only `createVariable`, sync getters throw. */
export interface FakeVariablesApi extends VariablesLike {
  getLocalVariables(): never;
  getLocalVariableCollections(): never;
  getVariableById(id: string): never;
  getVariableByIdAsync(id: string): Promise<VariableLike | null>;
  getVariableCollectionByIdAsync(id: string): Promise<CollectionLike | null>;
  createVariableAlias(variable: VariableLike): VariableAlias;
}

/** Builds the variables API over `store`, counting calls into `log`. */
export function createVariablesApi(store: VariableStore, log: FakeLog): FakeVariablesApi {
  return {
    async getLocalVariablesAsync(type) {
      count(log, "getLocalVariablesAsync");
      const all = [...store.variables.values()];
      return type ? all.filter((v) => v.resolvedType === type) : all;
    },
    async getLocalVariableCollectionsAsync() {
      count(log, "getLocalVariableCollectionsAsync");
      return [...store.collections.values()];
    },
    async getVariableByIdAsync(id) {
      count(log, "getVariableByIdAsync");
      return store.variables.get(id) ?? null;
    },
    async getVariableCollectionByIdAsync(id) {
      count(log, "getVariableCollectionByIdAsync");
      return store.collections.get(id) ?? null;
    },
    createVariableCollection(name) {
      count(log, "createVariableCollection");
      const c = new FakeCollection(store, name);
      store.collections.set(c.id, c);
      store.mutate();
      return c;
    },
    createVariable(name, collection, type) {
      count(log, "createVariable");
      if (typeof collection === "string") throw dynamicPageError("createVariable", "createVariable(name, collection, type) with the collection object");
      const c = store.collections.get(collection.id);
      if (!c) throw new Error(`in createVariable: Collection ${collection.id} not found`);
      checkVariableName(name, "createVariable");
      if (c.hasName(name)) throw new Error(`in createVariable: Variable with name "${name}" already exists in this collection`);
      const v = new FakeVariable(store, name, c.id, type);
      store.variables.set(v.id, v);
      c.attach(v.id, name);
      store.mutate();
      return v;
    },
    createVariableAlias(variable) {
      return { type: "VARIABLE_ALIAS", id: variable.id };
    },
    getLocalVariables() {
      throw dynamicPageError("getLocalVariables", "getLocalVariablesAsync");
    },
    getLocalVariableCollections() {
      throw dynamicPageError("getLocalVariableCollections", "getLocalVariableCollectionsAsync");
    },
    getVariableById() {
      throw dynamicPageError("getVariableById", "getVariableByIdAsync");
    },
  };
}
