/**
 * Reads and checks the environment the store runs with. Kept apart from
 * medusa-config.ts so the rules (secrets, URLs, Redis) are one readable unit.
 */

/** Values Medusa or its starters fall back to; never acceptable outside dev/test. */
const KNOWN_DEFAULT_SECRETS = new Set(["supersecret", "secret", "changeme", "change-me", ""])

export const MIN_SECRET_LENGTH = 32

export type SecretCheck = { name: string; problem: string }

/** Returns what is wrong with JWT_SECRET / COOKIE_SECRET for the given NODE_ENV (empty when fine). */
export function checkSecrets(env: NodeJS.ProcessEnv): SecretCheck[] {
  const mode = env.NODE_ENV || "development"
  if (mode === "development" || mode === "test") {
    return []
  }
  const problems: SecretCheck[] = []
  for (const name of ["JWT_SECRET", "COOKIE_SECRET"]) {
    const value = env[name]
    if (value === undefined || value.trim() === "") {
      problems.push({ name, problem: "is not set" })
    } else if (KNOWN_DEFAULT_SECRETS.has(value.trim().toLowerCase())) {
      problems.push({ name, problem: `is a well-known default ("${value}")` })
    } else if (value.length < MIN_SECRET_LENGTH) {
      problems.push({ name, problem: `is shorter than ${MIN_SECRET_LENGTH} characters` })
    }
  }
  return problems
}

export function assertSecrets(env: NodeJS.ProcessEnv): void {
  const problems = checkSecrets(env)
  if (problems.length === 0) {
    return
  }
  const lines = problems.map((p) => `  - ${p.name} ${p.problem}`).join("\n")
  throw new Error(
    `Refusing to start in NODE_ENV=${env.NODE_ENV}: unsafe secrets.\n${lines}\n` +
      `Set strong random values, e.g. JWT_SECRET=$(openssl rand -hex 32). ` +
      `(npm start generates and keeps them in .data/secrets.json for local runs.)`
  )
}

/** "true"/"false"/unset → boolean | undefined */
export function envFlag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") {
    return undefined
  }
  return ["1", "true", "yes", "on"].includes(value.toLowerCase())
}
