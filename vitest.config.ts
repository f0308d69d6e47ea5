import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // End-to-end suites spawn processes and fake servers; two cores are shared.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
