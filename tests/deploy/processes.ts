import { spawn } from "child_process"
import type { ChildProcess } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { ROOT, tail } from "../scale/servers"

/**
 * The deploy scripts run as the images run them: each process through
 * deploy/*-entrypoint.sh with only environment variables, in its own process
 * group (the entrypoints `exec` node, so the group is the server).
 */
export type Proc = { name: string; url: string; port: number; child: ChildProcess; logFile: string }

const LOG_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "shop-deploy-"))

export function logFile(name: string): string {
  return path.join(LOG_DIR, `${name}.log`)
}

/** Runs a command to its end; rejects with the log's tail unless it exits 0. */
export function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv, name: string): Promise<void> {
  const log = logFile(name)
  return new Promise((resolve, reject) => {
    const out = fs.openSync(log, "a")
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", out, out] })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      fs.closeSync(out)
      if (code === 0) resolve()
      else reject(new Error(`${name} failed (${signal ?? `exit ${code}`}); ${log}:\n${tail(log)}`))
    })
  })
}

/** Starts an entrypoint and resolves once GET <url><healthPath> answers below 500. */
export async function startEntrypoint(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  { name, port, healthPath, timeoutMs = 300000 }: { name: string; port: number; healthPath: string; timeoutMs?: number }
): Promise<Proc> {
  const url = `http://127.0.0.1:${port}`
  const log = logFile(name)
  const out = fs.openSync(log, "a")
  const child = spawn("sh", [path.join(ROOT, "deploy", script), ...args], { cwd: ROOT, env, stdio: ["ignore", out, out], detached: true })
  fs.closeSync(out)
  const proc = { name, url, port, child, logFile: log }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${tail(log)}`)
    try {
      if ((await fetch(`${url}${healthPath}`, { redirect: "manual" })).status < 500) return proc
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop(proc)
  throw new Error(`${name} did not answer ${healthPath} within ${timeoutMs / 1000} s:\n${tail(log)}`)
}

/** SIGTERM to the process group, SIGKILL after 15 s; resolves when it exited. */
export async function stop(proc: Proc | undefined): Promise<void> {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null || proc.child.pid === undefined) return
  const pid = proc.child.pid
  const exited = new Promise((resolve) => proc.child.once("exit", resolve))
  process.kill(-pid, "SIGTERM")
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, "SIGKILL")
    } catch {
      // gone meanwhile
    }
  }, 15000)
  await exited
  clearTimeout(timer)
}
