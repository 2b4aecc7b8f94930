import crypto from "crypto"

export type CachedResponse = {
  /** the JSON body as sent */
  body: Buffer
  /** X-Total-Count, for listings */
  total: number | null
  etag: string
}

type Entry = CachedResponse & { expires: number }

/**
 * In-process cache of finished responses. It only serves while `enabled`:
 * the module turns it on while its LISTEN connection is up, so a change
 * written by any process is seen by every process at once. An invalidation
 * bumps the generation; a result computed before it is never stored after
 * it. Concurrent misses for one key share one database read.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>()
  private readonly pending = new Map<string, Promise<CachedResponse | null>>()
  private generation = 0
  private enabled = false

  constructor(
    private readonly maxEntries = 1000,
    private readonly ttlMs = 60_000
  ) {}

  setEnabled(enabled: boolean): void {
    this.enabled = enabled
    this.invalidate()
  }

  isEnabled(): boolean {
    return this.enabled
  }

  invalidate(): void {
    this.generation++
    this.entries.clear()
    this.pending.clear()
  }

  async get(key: string, load: () => Promise<CachedResponse | null>): Promise<CachedResponse | null> {
    if (!this.enabled) {
      return await load()
    }
    const hit = this.entries.get(key)
    if (hit && hit.expires > Date.now()) {
      return hit
    }
    const inFlight = this.pending.get(key)
    if (inFlight) {
      return await inFlight
    }
    const generation = this.generation
    const promise = load().then(
      (value) => {
        if (this.generation === generation) {
          this.pending.delete(key)
          if (value) this.store(key, value)
        }
        return value
      },
      (error: unknown) => {
        if (this.generation === generation) this.pending.delete(key)
        throw error
      }
    )
    this.pending.set(key, promise)
    return await promise
  }

  private store(key: string, value: CachedResponse): void {
    if (this.entries.size >= this.maxEntries) {
      // Oldest first: Map keeps insertion order.
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    this.entries.set(key, { ...value, expires: Date.now() + this.ttlMs })
  }
}

export function toCachedResponse(json: string, total: number | null): CachedResponse {
  const body = Buffer.from(json, "utf8")
  const etag = `W/"${crypto.createHash("sha1").update(body).digest("base64url")}"`
  return { body, total, etag }
}
