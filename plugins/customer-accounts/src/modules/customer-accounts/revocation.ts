import crypto from "crypto"

export const REVOCATION_TABLE = "customer_accounts_revocation"

/** Rows outlive every credential they can concern: Medusa's tokens (1 day) and sessions (10 hours) by default. */
const IDENTITY_ROW_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000

/** What the revocation check needs of a credential: who it belongs to and when it was issued. */
export type Credential = {
  /** the bearer token itself (absent for a session) */
  token?: string
  auth_identity_id?: string
  /** issued at, in Unix seconds (a JWT's `iat`; for a session, the `iat` of the token it was started with) */
  iat?: number
}

type Row = { key: string; not_before: string | number | null; kept_token: string | null; expires_at: string | number }

/** The knex instance Medusa shares with modules (only what we use of it). */
export type RevocationKnex = {
  raw<T>(sql: string, bindings: unknown[]): Promise<{ rows: T[] }>
}

export function tokenDigest(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex")
}

/**
 * The server-side revocation list, in this module's PostgreSQL table. A
 * credential is revoked when its token was logged out, or when it was
 * issued before its auth identity's `not_before` (a password change or an
 * erasure) and is not the one token that change kept.
 */
export class RevocationList {
  constructor(private readonly knex_: () => RevocationKnex) {}

  async revokeToken(token: string, expiresAtMs: number): Promise<void> {
    await this.knex_().raw(
      `insert into "${REVOCATION_TABLE}" ("key", "expires_at") values (?, ?)
       on conflict ("key") do update set "expires_at" = greatest("${REVOCATION_TABLE}"."expires_at", excluded."expires_at")`,
      [`token:${tokenDigest(token)}`, expiresAtMs]
    )
    await this.forgetExpired()
  }

  /** Ends every credential of the identity issued before `notBefore` (Unix seconds), except `keptToken`. */
  async revokeIdentity(authIdentityId: string, notBefore: number, keptToken?: string): Promise<void> {
    await this.knex_().raw(
      `insert into "${REVOCATION_TABLE}" ("key", "not_before", "kept_token", "expires_at") values (?, ?, ?, ?)
       on conflict ("key") do update set "not_before" = excluded."not_before", "kept_token" = excluded."kept_token",
         "expires_at" = excluded."expires_at"`,
      [`identity:${authIdentityId}`, notBefore, keptToken ? tokenDigest(keptToken) : null, Date.now() + IDENTITY_ROW_LIFETIME_MS]
    )
  }

  async isRevoked(credential: Credential): Promise<boolean> {
    const keys: string[] = []
    const digest = credential.token ? tokenDigest(credential.token) : undefined
    if (digest) keys.push(`token:${digest}`)
    if (credential.auth_identity_id) keys.push(`identity:${credential.auth_identity_id}`)
    if (!keys.length) return false
    const { rows } = await this.knex_().raw<Row>(
      `select "key", "not_before", "kept_token", "expires_at" from "${REVOCATION_TABLE}" where "key" in (${keys.map(() => "?").join(", ")}) and "expires_at" > ?`,
      [...keys, Date.now()]
    )
    return rows.some((row) => {
      if (row.key.startsWith("token:")) return true
      if (row.not_before === null) return false
      if (digest && row.kept_token === digest) return false
      return (credential.iat ?? 0) < Number(row.not_before)
    })
  }

  /** Logged-out tokens past their own expiry need no row any more. */
  private async forgetExpired(): Promise<void> {
    await this.knex_().raw(`delete from "${REVOCATION_TABLE}" where "expires_at" < ?`, [Date.now()])
  }
}
