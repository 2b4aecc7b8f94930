// CPU time of processes and threads, read from Linux's /proc.
import fs from "node:fs"

/** Clock ticks per second in /proc's CPU times (USER_HZ, 100 on Linux). */
export const TICKS_PER_SECOND = 100

/** CPU ticks (user + system) of a process or thread (`/proc/<pid>/stat`, `/proc/<pid>/task/<tid>/stat`), 0 once it is gone. */
export function ticks(statPath) {
  try {
    const stat = fs.readFileSync(statPath, "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
}

/** Every process: its pid, command name and parent pid. */
export function processes() {
  const list = []
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8")
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"))
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      list.push({ pid: Number(name), comm, parent })
    } catch {
      // gone meanwhile
    }
  }
  return list
}

/** The summed CPU ticks of these processes. */
export function sum(pids) {
  return pids.reduce((total, pid) => total + ticks(`/proc/${pid}/stat`), 0)
}

/** The pids of PostgreSQL's processes. */
export function postgresPids() {
  return processes()
    .filter((p) => p.comm.startsWith("postgres"))
    .map((p) => p.pid)
}
