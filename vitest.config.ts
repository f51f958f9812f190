import { defineConfig } from "vitest/config";
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";

/**
 * Three test worlds, one command:
 * - unit:    Node — shared/ (engine, contract, exporters), plugin main thread against the Figma fake, scripts.
 * - worker:  workerd via vitest-pool-workers — the Hono app with real local KV and the fake Anthropic API.
 * - browser: Node driving Debian Chromium (playwright-core) — the built plugin UI in a harness page.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["shared/**/*.test.ts", "plugin/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/plugin/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          globalSetup: ["./tests/setup/fake-anthropic-global.ts"],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: "./worker/index.ts",
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                ANTHROPIC_API_KEY: "sk-ant-test",
                ANTHROPIC_BASE_URL: inject("fakeAnthropicUrl"),
              },
            },
          })),
        ],
        test: {
          name: "worker",
          include: ["worker/**/*.test.ts", "tests/worker/**/*.test.ts"],
          globalSetup: ["./tests/setup/fake-anthropic-global.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["./tests/setup/fake-anthropic-global.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
