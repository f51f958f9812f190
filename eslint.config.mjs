import js from "@eslint/js";
import tseslint from "typescript-eslint";
import * as figmaPlugin from "@figma/eslint-plugin-figma-plugins";
import { defineConfig } from "eslint/config";

export default defineConfig(
  { ignores: ["dist/**", "node_modules/**", ".wrangler/**", "test-output/**", "**/*.d.ts", "tests/fixtures/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-empty": ["error", { allowEmptyCatch: true }],
    },
  },
  {
    files: ["scripts/**/*.mjs", "bench/**/*.mjs", "*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", fetch: "readonly" } },
  },
  {
    // Figma's own rules (deprecated sync APIs under dynamic-page, etc.), type-aware, for the main thread.
    files: ["plugin/main/**/*.ts"],
    ignores: ["**/*.test.ts"],
    languageOptions: { parser: tseslint.parser, parserOptions: { project: "./plugin/tsconfig.json" } },
    plugins: { "@figma/figma-plugins": figmaPlugin },
    rules: { ...figmaPlugin.flatConfigs.recommended.rules },
  },
);
