// npm run test:deploy: the deploy scripts (deploy/) end to end on this machine's
// PostgreSQL (DEPLOY_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres)
// and Redis (DEPLOY_REDIS_URL or REDIS_URL, default redis://127.0.0.1:6379/5).
// It builds what it runs itself, so it needs none of npm test's global set-up.
const base = require("./jest.config")

module.exports = {
  rootDir: base.rootDir,
  roots: ["<rootDir>/tests/deploy"],
  testMatch: base.testMatch,
  testPathIgnorePatterns: ["/node_modules/", "/\\.medusa/"],
  modulePathIgnorePatterns: base.modulePathIgnorePatterns,
  transform: base.transform,
  testEnvironment: "node",
  moduleFileExtensions: base.moduleFileExtensions,
  setupFiles: base.setupFiles,
  reporters: base.reporters,
  testTimeout: 600000,
  maxWorkers: 1,
}
