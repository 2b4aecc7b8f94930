import crypto from "crypto"
import type { ConfigModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { kdf, verify } from "scrypt-kdf"

export type ScryptHashConfig = { logN: number; r: number; p: number }

/** Medusa's emailpass default when medusa-config.ts sets no hashConfig. */
export const MEDUSA_DEFAULT_HASH_CONFIG: ScryptHashConfig = { logN: 15, r: 8, p: 1 }

type ProviderEntry = { id?: string; resolve?: unknown; options?: { hashConfig?: ScryptHashConfig } }

/**
 * The scrypt cost the emailpass provider is configured with (medusa-config.ts
 * → auth module → emailpass → hashConfig), so registration hashes and the
 * dummy verification for unknown logins cost exactly what a real login costs.
 */
export function emailpassHashConfig(config: ConfigModule): ScryptHashConfig {
  const auth = config.modules?.[Modules.AUTH]
  const options = typeof auth === "object" && auth !== null && "options" in auth ? auth.options : undefined
  const providers = (options?.providers ?? []) as ProviderEntry[]
  const emailpass = providers.find((provider) => provider.id === "emailpass")
  return emailpass?.options?.hashConfig ?? MEDUSA_DEFAULT_HASH_CONFIG
}

/**
 * Hashes a password exactly as @medusajs/auth-emailpass stores it
 * (scrypt-kdf, base64), so Medusa's own emailpass routes verify it. Done
 * before the registration workflow starts: the workflow's input (which a
 * workflow engine may persist) carries the hash, never the password.
 */
export async function hashPassword(password: string, config: ScryptHashConfig): Promise<string> {
  const hash = await kdf(password, config)
  return hash.toString("base64")
}

const dummyHashes = new Map<string, Promise<Buffer>>()

/**
 * Spends the time of one password verification without an account to verify
 * against, so an unknown login answers as slowly as a wrong password.
 */
export async function verifyAgainstDummy(password: string, config: ScryptHashConfig): Promise<false> {
  await verify(await dummyHash(config), password)
  return false
}

/**
 * Derives the dummy hash ahead of the first unknown login (at application
 * start), which would otherwise pay for deriving it as well as verifying.
 */
export async function warmUpDummyHash(config: ScryptHashConfig): Promise<void> {
  await dummyHash(config)
}

function dummyHash(config: ScryptHashConfig): Promise<Buffer> {
  const key = `${config.logN}:${config.r}:${config.p}`
  let hash = dummyHashes.get(key)
  if (!hash) {
    hash = kdf(crypto.randomBytes(32).toString("hex"), config)
    dummyHashes.set(key, hash)
  }
  return hash
}
