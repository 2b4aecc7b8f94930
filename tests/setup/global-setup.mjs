// Runs once before the test suites:
// 1. builds the store plugins that changed (Medusa skips unbuilt ones silently);
// 2. gives the suites a real PostgreSQL: DB_* / DATABASE_URL when set, otherwise
//    an embedded one this run starts (and global-teardown stops).
// Env set here reaches the test workers, which start after it.
import path from "node:path"
import { buildPlugins } from "../../bin/lib/build.mjs"
import { startEmbeddedPostgres } from "../../bin/lib/embedded-postgres.mjs"
import { DATA_DIR } from "../../bin/lib/paths.mjs"

export default async function globalSetup() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  // The suites play many clients from one machine: they name each with
  // X-Forwarded-For, as a reverse proxy on loopback would. The store's default
  // (no trusted proxy) is tested by tests/integration/security-doors.spec.ts ("client identity").
  process.env.TRUSTED_PROXIES ??= "loopback"
  const built = await buildPlugins()
  if (built.length) console.log(`\nbuilt plugins: ${built.join(", ")}`)

  if (!process.env.DB_HOST && process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    process.env.DB_HOST = url.hostname
    process.env.DB_PORT = url.port || "5432"
    process.env.DB_USERNAME = decodeURIComponent(url.username)
    process.env.DB_PASSWORD = decodeURIComponent(url.password)
  }

  if (process.env.DB_HOST) {
    // The runner turns on SSL (and hangs) for any host without "localhost" in it.
    if (["127.0.0.1", "::1"].includes(process.env.DB_HOST)) process.env.DB_HOST = "localhost"
    console.log(`\nusing PostgreSQL at ${process.env.DB_HOST}:${process.env.DB_PORT || 5432}`)
    return
  }

  const dataDir = path.join(DATA_DIR, "test-postgres")
  const password = "test-only-password"
  const db = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.TEST_PG_PORT || 54330),
    user: "postgres",
    password,
    database: "postgres",
    durable: false,
    fresh: true, // every run starts from a clean cluster
  })
  globalThis.__EMBEDDED_TEST_PG__ = db
  Object.assign(process.env, {
    DB_HOST: "localhost",
    DB_PORT: String(db.port),
    DB_USERNAME: "postgres",
    DB_PASSWORD: password,
  })
  console.log(`\nstarted embedded PostgreSQL for tests on 127.0.0.1:${db.port}`)
}
