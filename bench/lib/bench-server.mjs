// The bench's own database and fresh `medusa start` servers on it, shared by
// the tools that compare set-ups of the store (checkout-ab, checkout-steps).
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { APP_BUILD_DIR, DATA_DIR, MEDUSA_CLI } from "../../bin/lib/paths.mjs"
import { localEnv, portInUse, prepareDatabase, stopChild, waitForHealthy } from "../../bin/lib/stack.mjs"

/**
 * Starts the bench's PostgreSQL (`npm run bench -- --only checkout` creates it;
 * DATABASE_URL uses another) for the current build. Returns its URL, stop()
 * and the local environment the servers run with.
 */
export async function openBenchDatabase() {
  const benchData = path.join(DATA_DIR, "bench", "postgres")
  if (!process.env.DATABASE_URL && !fs.existsSync(benchData)) {
    throw new Error(`no bench database in ${benchData}: run \`npm run bench -- --only checkout\` once first`)
  }
  if (!fs.existsSync(path.join(APP_BUILD_DIR, "medusa-config.js"))) throw new Error("no build in .medusa/server: run `npm run build`")
  const env = localEnv({ mode: "production" })
  const database = await prepareDatabase({
    password: env.EMBEDDED_PG_PASSWORD,
    log: () => undefined,
    dataDir: benchData,
    port: Number(process.env.BENCH_PG_PORT || 54331),
  })
  return { ...database, env }
}

// The server under test runs detached (its own process group, so a clustered
// one stops whole): an interrupted run stops it before leaving.
let running = null
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    if (running) {
      try {
        process.kill(-running.pid, "SIGTERM")
      } catch {
        // already gone
      }
    }
    process.exit(130)
  })
}

/** "./bench/lib/x.cjs" → its absolute path (the server runs in .medusa/server); other words unchanged. */
function fromCallerDirectory(word) {
  return /^\.\.?\//.test(word) ? path.resolve(word) : word
}

/**
 * A fresh `medusa start` of the current build on 127.0.0.1:`port` against the
 * bench database, its output in .data/bench/<logName>.log, answering /health.
 * `env` overrides the inherited environment; stop it with the returned stop().
 * A relative path among `nodeFlags` (--require ./bench/…) means the caller's directory.
 */
export async function startBenchServer({ database, port, logName, nodeFlags = [], env = {}, cliFlags = [] }) {
  if (await portInUse(port)) throw new Error(`127.0.0.1:${port} is taken (BENCH_AB_PORT): stop what listens there`)
  const log = fs.openSync(path.join(DATA_DIR, "bench", `${logName}.log`), "w")
  const child = (running = spawn(
    process.execPath,
    [...nodeFlags.map(fromCallerDirectory), MEDUSA_CLI, "start", "--host", "127.0.0.1", "--port", String(port), ...cliFlags],
    {
      cwd: APP_BUILD_DIR,
      env: { ...process.env, ...database.env, DATABASE_URL: database.url, PORT: String(port), ...env },
      stdio: ["ignore", log, log],
      detached: true,
    }
  ))
  const stop = async () => {
    await stopChild(child)
    running = null
  }
  try {
    await waitForHealthy(`http://127.0.0.1:${port}/health`, { child })
  } catch (error) {
    await stop()
    throw error
  }
  return { child, baseUrl: `http://127.0.0.1:${port}`, stop }
}
