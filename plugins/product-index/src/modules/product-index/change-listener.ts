import net from "net"
import { Client } from "@medusajs/framework/pg"
import type { ClientConfig } from "@medusajs/framework/pg"
import type { Logger } from "@medusajs/framework/types"

/** What pg needs to open the connection; the module passes its own pool's settings. */
export type ConnectionSettings = Omit<ClientConfig, "stream">

/**
 * Keeps one connection LISTENing on the read model's channel and reports
 * whether it is up. Writers NOTIFY in the same transaction as their write,
 * so the notification arrives exactly after the change is visible. When
 * the connection drops (database restart, failover), `onDown` runs at once
 * and it reconnects with backoff.
 */
export class ChangeListener {
  private client: Client | null = null
  private timer: NodeJS.Timeout | null = null
  private stopped = false
  private delayMs = 100
  /** Set while the connection is lost, so a long outage is reported once, not at every retry. */
  private lostSince: number | null = null

  constructor(
    private readonly settings: ConnectionSettings,
    private readonly channel: string,
    private readonly handlers: { onUp: () => void; onDown: () => void; onChange: () => void },
    private readonly logger: Pick<Logger, "warn" | "info">
  ) {}

  start(): void {
    this.stopped = false
    void this.connect()
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const client = this.client
    this.client = null
    this.handlers.onDown()
    await client?.end().catch(() => undefined)
  }

  private async connect(): Promise<void> {
    if (this.stopped) return
    // The listener must never keep a stopping process alive.
    const socket = new net.Socket()
    socket.unref()
    const client = new Client({ ...this.settings, stream: socket })
    let down = false
    const onLost = (error?: Error) => {
      if (down) return
      down = true
      if (this.client === client) this.client = null
      this.handlers.onDown()
      void client.end().catch(() => undefined)
      if (!this.stopped) {
        if (this.lostSince === null) {
          this.lostSince = Date.now()
          this.logger.warn(
            `product index: change listener down${error ? ` (${error.message})` : ""}; ` +
              `serving without the response cache and reconnecting`
          )
        }
        this.schedule()
      }
    }
    client.on("error", onLost)
    client.on("end", () => onLost())
    client.on("notification", (message) => {
      if (message.channel === this.channel) this.handlers.onChange()
    })
    try {
      await client.connect()
      // LISTEN takes no parameters; the channel is a constant of this module.
      await client.query(`LISTEN ${this.channel}`)
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)))
      return
    }
    if (this.stopped || down) {
      await client.end().catch(() => undefined)
      return
    }
    this.client = client
    this.delayMs = 100
    if (this.lostSince !== null) {
      this.logger.info(`product index: change listener back after ${Date.now() - this.lostSince} ms`)
      this.lostSince = null
    }
    this.handlers.onUp()
  }

  private schedule(): void {
    if (this.timer || this.stopped) return
    const delay = this.delayMs
    this.delayMs = Math.min(this.delayMs * 2, 5000)
    this.timer = setTimeout(() => {
      this.timer = null
      void this.connect()
    }, delay)
    this.timer.unref()
  }
}
