import { spawn } from "child_process"
import type { ChildProcess } from "child_process"
import fs from "fs"
import net from "net"
import os from "os"
import path from "path"

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

export function serverEnv(databaseUrl: string, redisUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
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
