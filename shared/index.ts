/** The platform-free core shared by the Worker, the plugin, the CLI and the benchmarks. */
export * from "./contract/tokens.js";
export * from "./contract/problem.js";
export * from "./contract/extract.js";
export * from "./contract/token-rules.js";
