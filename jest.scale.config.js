// npm run test:scale: the checkout concurrency guarantees across two Medusa
// server processes sharing Redis (REDIS_URL) and PostgreSQL. Needs Redis; the
// single-process variants run in npm test.
const base = require("./jest.config")

module.exports = {
  ...base,
  roots: ["<rootDir>/tests/scale"],
  testPathIgnorePatterns: ["/node_modules/", "/\\.medusa/"],
  testTimeout: 600000,
  maxWorkers: 1,
}
