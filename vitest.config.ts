import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // models fitted on the fly during tests are cached here, never in the user's ~/.cache/plenary
    env: { XDG_CACHE_HOME: join(tmpdir(), "plenary-test-cache") },
  },
});
