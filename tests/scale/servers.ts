import { spawn } from "child_process"
import type { ChildProcess } from "child_process"
import fs from "fs"
import Redis from "ioredis"
import net from "net"
import os from "os"
import path from "path"
import { Client } from "pg"
import type { Db } from "../helpers/http"

/**
 * Real `medusa` processes for the scale tests: a fresh database, migrations,
 * the seed, then any number of servers on loopback sharing it (and Redis).
 */

export const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")

export type Server = { url: string; port: number; child: ChildProcess; logFile: string }

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

/** Answers when Redis at `url` replies to PING, or throws a message saying how to provide it. */
export async function assertRedis(url: string | undefined): Promise<string> {
  if (!url) {
    throw new Error("npm run test:scale needs Redis: set REDIS_URL (e.g. redis://127.0.0.1:6379/5).")
  }
  const { hostname, port } = new URL(url)
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`Redis at ${url} did not answer within 3 s`))
    }, 3000)
    socket.once("error", (error) => {
      clearTimeout(timer)
      reject(new Error(`Redis at ${url} is not reachable: ${error.message}`))
    })
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (chunk) => {
      clearTimeout(timer)
      socket.end()
      // +PONG, or -NOAUTH for a password-protected Redis, which still answers
      chunk.toString().startsWith("+PONG") || chunk.toString().startsWith("-NOAUTH") ? resolve() : reject(new Error(`unexpected Redis reply ${chunk.toString().trim()}`))
    })
  })
  return url
}

function medusa(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, "a")
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd: ROOT, env, stdio: ["ignore", out, out] })
    child.on("error", reject)
    child.on("exit", (code) => {
      fs.closeSync(out)
      if (code === 0) resolve()
      else reject(new Error(`medusa ${args.join(" ")} exited with ${code}; see ${logFile}:\n${tail(logFile)}`))
    })
  })
}

export function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

/**
 * A spec's processes share its database and a Redis namespace of their own:
 * events another spec (or an earlier run) left queued in the same Redis
 * database never reach this spec's worker.
 */
export function serverEnv(databaseUrl: string, redisUrl: string, redisNamespace: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_NAMESPACE: redisNamespace,
    DISABLE_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.SCALE_LOG_LEVEL || "warn",
    UPLOAD_DIR: path.join(os.tmpdir(), "shop-scale-uploads"),
  }
}

export async function migrateAndSeed(env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  await medusa(["db:migrate"], env, logFile)
  await medusa(["exec", "./src/scripts/seed.ts"], env, logFile)
}

export async function startServer(env: NodeJS.ProcessEnv, name: string): Promise<Server> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const logFile = path.join(os.tmpdir(), `shop-scale-${name}-${port}.log`)
  const out = fs.openSync(logFile, "w")
  const child = spawn(process.execPath, [MEDUSA_CLI, "start", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: ROOT,
    env: { ...env, MEDUSA_BACKEND_URL: url },
    stdio: ["ignore", out, out],
    detached: true,
  })
  fs.closeSync(out)
  const deadline = Date.now() + 240000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server ${name} exited with ${child.exitCode}:\n${tail(logFile)}`)
    }
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, port, child, logFile }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stopServer({ url, port, child, logFile })
  throw new Error(`server ${name} did not become healthy:\n${tail(logFile)}`)
}

export async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.pid === undefined) return
  const exited = new Promise((resolve) => server.child.once("exit", resolve))
  process.kill(-server.child.pid, "SIGTERM")
  const timer = setTimeout(() => {
    if (server.child.exitCode === null && server.child.pid !== undefined) process.kill(-server.child.pid, "SIGKILL")
  }, 10000)
  await exited
  clearTimeout(timer)
}

/** A fresh seeded database on the test PostgreSQL and the processes a scale spec started on it. */
export type ScaleStore = {
  /** The environment every process of this store gets (DATABASE_URL, REDIS_URL, …). */
  env: NodeJS.ProcessEnv
  /** The processes started so far: the spec's servers first, then what it started with `start`. */
  servers: Server[]
  /** The store's database, knex-style (`?` placeholders), for the shared test helpers. */
  db: Db
  /** The same database through pg (`$1` placeholders). */
  pg: Client
  publishableKey: string
  regionId: string
  /** Starts one more process on the store (a worker, say); it is stopped with the others. */
  start: (env: NodeJS.ProcessEnv, name: string) => Promise<Server>
}

/** Deletes the spec's keys (its queues, repeatable jobs and locks) from the shared Redis database. */
export async function dropRedisNamespace(url: string, namespace: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })
  try {
    await redis.connect()
    let cursor = "0"
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${namespace}:*`, "COUNT", 500)
      if (keys.length) await redis.unlink(...keys)
      cursor = next
    } while (cursor !== "0")
  } finally {
    redis.disconnect()
  }
}

/**
 * Registers the set-up and tear-down of a scale spec: Redis must answer
 * (REDIS_URL), a database `<prefix>_<time>` is created, migrated and seeded,
 * `startServers` starts the spec's servers on it, and afterwards every process
 * is stopped and the database dropped. A failed test prints the servers' logs.
 * The returned object is filled in by beforeAll: read it inside tests.
 */
export function useScaleStore(prefix: string, startServers: (store: ScaleStore) => Promise<Server[]>): ScaleStore {
  const dbName = `${prefix}_${Date.now()}`
  const admin = new Client({
    host: "127.0.0.1",
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
    database: "postgres",
  })
  let adminConnected = false
  let pg: Client | null = null
  const connected = (): Client => {
    if (!pg) throw new Error(`the scale database ${dbName} is not connected`)
    return pg
  }
  const store: ScaleStore = {
    env: {},
    servers: [],
    db: {
      raw: async (sql, bindings = []) => {
        let n = 0
        const text = sql.replace(/\?/g, () => `$${++n}`)
        const { rows } = await connected().query(text, bindings)
        return { rows }
      },
    },
    get pg() {
      return connected()
    },
    publishableKey: "",
    regionId: "",
    start: async (env, name) => {
      const server = await startServer(env, name)
      store.servers.push(server)
      return server
    },
  }

  beforeAll(async () => {
    const redisUrl = await assertRedis(process.env.REDIS_URL)
    await admin.connect()
    adminConnected = true
    await admin.query(`create database "${dbName}"`)
    const databaseUrl = `postgres://${encodeURIComponent(process.env.DB_USERNAME ?? "")}:${encodeURIComponent(
      process.env.DB_PASSWORD ?? ""
    )}@127.0.0.1:${process.env.DB_PORT}/${dbName}`
    store.env = serverEnv(databaseUrl, redisUrl, dbName)
    await migrateAndSeed(store.env, path.join(os.tmpdir(), `${dbName}-setup.log`))
    store.servers.push(...(await startServers(store)))
    pg = new Client({ connectionString: databaseUrl })
    await pg.connect()
    store.publishableKey = (await pg.query("select token from api_key where type = 'publishable' and revoked_at is null")).rows[0].token
    store.regionId = (await pg.query("select id from region where name = 'Europe'")).rows[0].id
  })

  afterAll(async () => {
    await Promise.all(store.servers.map((s) => stopServer(s)))
    await pg?.end()
    if (store.env.REDIS_URL) await dropRedisNamespace(store.env.REDIS_URL, dbName)
    if (adminConnected) {
      await admin.query(`drop database if exists "${dbName}" with (force)`).catch(() => undefined)
      await admin.end()
    }
  })

  afterEach(() => {
    const state = expect.getState()
    if (state.assertionCalls !== state.numPassingAsserts) {
      for (const s of store.servers) console.warn(`--- ${s.url} (${s.logFile})\n${tail(s.logFile, 60)}`)
    }
  })

  return store
}
