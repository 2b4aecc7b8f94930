import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type { Db, HttpClient } from "./http"
import { subscriberDrain } from "./subscriber-drain"

/** What a suite gets: the runner's options, with its `api` and `dbConnection` typed as `http` and `db`. */
export type ShopSuite = Omit<MedusaSuiteOptions, "api" | "dbConnection"> & {
  /** The runner's axios instance, on the app it booted. */
  http: HttpClient
  /** The runner's knex connection to the suite's database. */
  db: Db
}

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * medusaIntegrationTestRunner with a typed suite. `http` and `db` are the
 * runner's own proxies, handed on untouched: they reach the app and the
 * database only once the runner's beforeAll has booted them, like `api` and
 * `dbConnection` do. Each test ends once the subscribers it set off are done
 * (see subscriber-drain.ts), before the runner resets the database.
 */
export function shopIntegrationRunner(options: Omit<RunnerOptions, "testSuite"> & { testSuite: (suite: ShopSuite) => void }): void {
  const { testSuite, ...runnerOptions } = options
  medusaIntegrationTestRunner({
    ...runnerOptions,
    testSuite: ({ api, dbConnection, ...suite }) => {
      // Declared after the runner's own hooks, so they run once its app is up.
      const drain = subscriberDrain(suite.getContainer)
      beforeAll(() => drain.attach())
      afterEach(() => drain.settle())
      testSuite({ ...suite, http: api, db: dbConnection })
    },
  })
}
