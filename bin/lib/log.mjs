// Small progress printer for the launcher: one line per step with its duration,
// so nobody stares at a silent terminal during install/build/migrate/seed.
const useColor = process.stdout.isTTY && !process.env.NO_COLOR
const paint = (code, text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text)

export const bold = (t) => paint("1", t)
export const dim = (t) => paint("2", t)
export const green = (t) => paint("32", t)
export const red = (t) => paint("31", t)
export const yellow = (t) => paint("33", t)
export const cyan = (t) => paint("36", t)

export function info(message) {
  console.log(`${cyan("›")} ${message}`)
}

export function warn(message) {
  console.warn(`${yellow("!")} ${message}`)
}

export function fail(message) {
  console.error(`${red("✖")} ${message}`)
}

/** Runs fn as a named step; prints start, a heartbeat every 15 s, and the duration. */
export async function step(title, fn) {
  const started = Date.now()
  console.log(`${cyan("▶")} ${title}…`)
  const heartbeat = setInterval(() => {
    console.log(dim(`  … still ${title.toLowerCase()} (${Math.round((Date.now() - started) / 1000)} s)`))
  }, 15000)
  try {
    const result = await fn()
    console.log(`${green("✔")} ${title} ${dim(`(${((Date.now() - started) / 1000).toFixed(1)} s)`)}`)
    return result
  } catch (error) {
    console.error(`${red("✖")} ${title} failed ${dim(`(${((Date.now() - started) / 1000).toFixed(1)} s)`)}`)
    throw error
  } finally {
    clearInterval(heartbeat)
  }
}
