import type { TestProject } from "vitest/node";
import { startFakeAnthropic } from "./fake-anthropic.js";

declare module "vitest" {
  export interface ProvidedContext {
    fakeAnthropicUrl: string;
  }
}

/** vitest globalSetup: one fake Messages API per test run, its URL provided as `fakeAnthropicUrl`. */
export default async function setup(project: TestProject) {
  const fake = await startFakeAnthropic();
  project.provide("fakeAnthropicUrl", fake.url);
  return () => fake.close();
}
