// jest + @medusajs/test-utils against real PostgreSQL (see tests/setup/global-setup.mjs).
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

module.exports = {
  rootDir: __dirname,
  roots: ["<rootDir>/tests", "<rootDir>/plugins"],
  testMatch: ["**/*.spec.[jt]s"],
  testPathIgnorePatterns: ["/node_modules/", "/\\.medusa/", "<rootDir>/storefront/", "<rootDir>/tests/browser/", "<rootDir>/tests/load/", "<rootDir>/tests/scale/", "<rootDir>/tests/deploy/"],
  modulePathIgnorePatterns: ["<rootDir>/\\.medusa/", "<rootDir>/storefront/"],
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  globalSetup: "<rootDir>/tests/setup/global-setup.mjs",
  globalTeardown: "<rootDir>/tests/setup/global-teardown.mjs",
  setupFiles: ["<rootDir>/tests/setup/bind-loopback.js"],
  // The default output, and a recap of the failures that npm test prints last.
  reporters: ["default", "<rootDir>/tests/setup/failure-recap-reporter.js"],
  testTimeout: 120000,
  // Each suite boots a Medusa app on its own database; two at once fits 2 cores.
  maxWorkers: process.env.JEST_MAX_WORKERS || 2,
  // Every suite loads a whole Medusa app into the worker and some of it stays
  // reachable; a worker past this size after a suite is replaced by a fresh one
  // instead of running out of heap a few suites later.
  workerIdleMemoryLimit: process.env.JEST_WORKER_MEMORY || "1536MB",
}
