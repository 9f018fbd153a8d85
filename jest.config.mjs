import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

// Two projects: pure rules (unit) and real-PostgreSQL tests (integration, embedded server from npm).
const shared = {
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    "^server-only$": "<rootDir>/tests/support/server-only-stub.js",
    // Jest (CommonJS) cannot load Prisma's .mjs query-compiler glue; the package ships a .js twin.
    "^@prisma/client/runtime/(.*)\\.mjs$": "<rootDir>/node_modules/@prisma/client/runtime/$1.js",
  },
};

const unit = await createJestConfig({
  ...shared,
  displayName: "unit",
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/unit/**/*.test.ts", "<rootDir>/tests/unit/**/*.test.tsx"],
  setupFilesAfterEnv: ["<rootDir>/tests/support/jest-dom.ts"],
})();

const integration = await createJestConfig({
  ...shared,
  displayName: "integration",
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
  globalSetup: "<rootDir>/tests/integration/global-setup.mjs",
  globalTeardown: "<rootDir>/tests/integration/global-teardown.mjs",
})();

// testTimeout is a global option (ignored inside a project): integration tests start servers and child processes.
export default { projects: [unit, integration], testTimeout: 60_000 };
