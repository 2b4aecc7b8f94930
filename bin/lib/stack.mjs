// The pieces npm start, npm run dev, npm run bench and the tests share:
// environment, database, migrations + seed, waiting for the server.
import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import pg from "pg"
import { run } from "./build.mjs"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { DATA_DIR, MEDUSA_CLI, ROOT } from "./paths.mjs"
import { localSecrets } from "./secrets.mjs"

export const DEFAULT_PORT = 9000
export const DEFAULT_PG_PORT = 54329

export function assertNodeVersion() {
  const [major, minor] = process.versions.node.split(".").map(Number)
  const ok = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22
  if (!ok) {
    throw new Error(`Node ${process.versions.node} is too old: this store needs Node ^20.19 or >=22.12.`)
  }
}

/** The environment every Medusa process of a local run gets. */
export function localEnv({ mode }) {
  const secrets = localSecrets()
  const port = Number(process.env.PORT || DEFAULT_PORT)
  const host = process.env.HOST || "127.0.0.1"
  return {
    NODE_ENV: process.env.NODE_ENV || mode,
    MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY || "true",
    HOST: host,
    PORT: String(port),
    JWT_SECRET: secrets.JWT_SECRET,
    COOKIE_SECRET: secrets.COOKIE_SECRET,
    CLIENT_ADDRESS_SECRET: secrets.CLIENT_ADDRESS_SECRET,
    // Plain http on loopback: a Secure cookie would never be sent back.
    COOKIE_SECURE: process.env.COOKIE_SECURE || "false",
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`,
    SHOP_PROJECT_ROOT: ROOT,
    EMBEDDED_PG_PASSWORD: secrets.EMBEDDED_PG_PASSWORD,
  }
}

export function portInUse(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/** DATABASE_URL when given, otherwise the embedded PostgreSQL in .data/postgres. */
export async function prepareDatabase({ password, log, dataDir, port, fresh = false }) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined }
  }
  const db = await startEmbeddedPostgres({
    dataDir: dataDir ?? path.join(DATA_DIR, "postgres"),
    port: port ?? Number(process.env.EMBEDDED_PG_PORT || DEFAULT_PG_PORT),
    password,
    database: "medusa",
    fresh,
    log,
  })
  return { ...db, embedded: true }
}

const STATE_TABLE = "shop_launcher_state"

async function readState(databaseUrl, key) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(`create table if not exists ${STATE_TABLE} (key text primary key, value text not null)`)
    const { rows } = await client.query(`select value from ${STATE_TABLE} where key = $1`, [key])
    return rows[0]?.value ?? null
  } finally {
    await client.end()
  }
}

async function writeState(databaseUrl, key, value) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(
      `insert into ${STATE_TABLE} (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value`,
      [key, value]
    )
  } finally {
    await client.end()
  }
}

function catalogueHash() {
  const file = path.join(ROOT, "data", "catalogue.json")
  return fs.existsSync(file) ? crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex") : "none"
}

/**
 * Runs migrations and the idempotent seed, unless this database was already
 * migrated and seeded by exactly this build (recorded in the database itself,
 * so a fresh or foreign database is always migrated).
 */
export async function migrateAndSeed({ cwd, env, buildId, seedScript, step }) {
  const wanted = `${buildId}|${catalogueHash()}|${env.ADMIN_EMAIL ?? ""}`
  if (!process.env.FORCE_MIGRATE && (await readState(env.DATABASE_URL, "migrated")) === wanted) {
    return false
  }
  await step("Migrating the database", () => run([MEDUSA_CLI, "db:migrate"], { cwd, env, label: "medusa db:migrate" }))
  await step("Seeding the store (idempotent)", () =>
    run([MEDUSA_CLI, "exec", seedScript], { cwd, env, label: "medusa exec seed" })
  )
  await writeState(env.DATABASE_URL, "migrated", wanted)
  return true
}

export async function publishableKey(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      `select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null
       order by created_at asc limit 1`
    )
    return rows[0]?.token ?? null
  } catch {
    return null
  } finally {
    await client.end()
  }
}

/** Polls GET url until it answers 200, the child exits, or the timeout passes. */
export async function waitForHealthy(url, { child, timeoutMs = 180000 } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`the server exited (code ${child.exitCode}) before it became healthy`)
    }
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** Sends SIGTERM to a child's process group, then SIGKILL after graceMs. */
export async function stopChild(child, graceMs = 10000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig)
    } catch {
      try {
        child.kill(sig)
      } catch {
        // already gone
      }
    }
  }
  signal("SIGTERM")
  const timer = setTimeout(() => signal("SIGKILL"), graceMs)
  await exited
  clearTimeout(timer)
}

const RUN_FILE = path.join(DATA_DIR, "run.json")

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

function cmdline(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
  } catch {
    return ""
  }
}

/**
 * A launcher killed with -9 cannot stop its children. The next start finds
 * them through .data/run.json: it refuses if that launcher still runs, and
 * stops a server it left behind.
 */
export async function reclaimPreviousRun({ log }) {
  let previous = null
  try {
    previous = JSON.parse(fs.readFileSync(RUN_FILE, "utf8"))
  } catch {
    return
  }
  if (previous.launcher && previous.launcher !== process.pid && alive(previous.launcher) && cmdline(previous.launcher).includes("bin/")) {
    throw new Error(`Another launcher (pid ${previous.launcher}) is running this store. Stop it first.`)
  }
  for (const pid of previous.children ?? []) {
    const command = alive(pid) ? cmdline(pid) : ""
    if (command.includes("@medusajs/cli") || command.includes("next/dist/bin/next") || command.startsWith("next-server")) {
      log(`stopping a ${command.includes("next") ? "storefront" : "Medusa server"} (pid ${pid}) left running by an earlier run`)
      try {
        process.kill(-pid, "SIGTERM")
      } catch {
        process.kill(pid, "SIGTERM")
      }
      const deadline = Date.now() + 10000
      while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
      if (alive(pid)) process.kill(pid, "SIGKILL")
    }
  }
  fs.rmSync(RUN_FILE, { force: true })
}

export function recordRun(children) {
  fs.mkdirSync(DATA_DIR, { recursive: true })
  fs.writeFileSync(RUN_FILE, JSON.stringify({ launcher: process.pid, children: children.filter(Boolean) }))
}

export function clearRun() {
  fs.rmSync(RUN_FILE, { force: true })
}
