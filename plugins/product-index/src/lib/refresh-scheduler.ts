import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshProductIndexWorkflow } from "../workflows/refresh-product-index"
import { isStockOnly, refreshProductStock } from "./stock-refresh"
import { CHANGE_KINDS } from "../workflows/types"
import type { ProductIndexChanges } from "../workflows/types"


type Waiter = { resolve: () => void; reject: (e: unknown) => void }
type Batch = { changes: ProductIndexChanges; waiters: Waiter[] }

/**
 * Coalescing window: one admin save or order emits a burst of events. A
 * placed order's reservation arrives three times (reservation-item.created,
 * inventory.reservation-item.created, inventory.inventory-level.updated),
 * spread over the ~40 jobs the worker takes for one order; 100 ms lets one
 * refresh cover them (at 10 ms it was two per order) and stays far inside the
 * 1 s freshness the index promises.
 */
const DEBOUNCE_MS = 100
/** After a failed start-up build, requests wait this long before trying again. */
const INITIAL_RETRY_MS = 5000
/** A failed run (e.g. the database restarting) is retried this many times, after 0.5 s, 1 s, 1.5 s. */
const RETRIES = 3
const RETRY_STEP_MS = 500

/**
 * Runs the refresh workflow for what subscribers report, one run at a time,
 * merging everything that arrives meanwhile into the next run. It also
 * holds the per-process "built once since start" state the read path uses.
 */
export class RefreshScheduler {
  private next: Batch | null = null
  private running = false
  private timer: NodeJS.Timeout | null = null
  private container: MedusaContainer | null = null
  private initial: Promise<void> | null = null
  private initialFailedAt = 0
  /** Retry count of the queued batch (the highest of what was merged into it). */
  private attempt = 0

  /** Queues the changes; the promise settles when a run that includes them has finished. */
  request(container: MedusaContainer, changes: ProductIndexChanges): Promise<void> {
    return new Promise<void>((resolve, reject) => this.enqueue(container, changes, [{ resolve, reject }], 0, DEBOUNCE_MS))
  }

  private enqueue(
    container: MedusaContainer,
    changes: ProductIndexChanges,
    waiters: Waiter[],
    attempt: number,
    delay: number
  ): void {
    this.container = container
    const batch = (this.next ??= { changes: {}, waiters: [] })
    merge(batch.changes, changes)
    batch.waiters.push(...waiters)
    this.attempt = Math.max(this.attempt, attempt)
    this.schedule(delay)
  }

  /**
   * The index is rebuilt once per process before the first answer: a safety
   * net for changes made while no process was listening (seed, restore,
   * another deployment). Never throws: on failure the existing rows serve.
   */
  async ensureBuilt(container: MedusaContainer): Promise<void> {
    if (!this.initial && Date.now() - this.initialFailedAt > INITIAL_RETRY_MS) {
      this.initial = this.request(container, { all: true }).catch((error: unknown) => {
        this.initial = null
        this.initialFailedAt = Date.now()
        logger(container).error(`product index: start-up rebuild failed: ${describe(error)}`)
      })
    }
    await this.initial
  }

  /** Settles once nothing is queued or running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.next || this.timer) {
      await new Promise((r) => setTimeout(r, 5))
    }
  }

  private schedule(delay: number): void {
    if (this.timer || this.running) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.run()
    }, delay)
  }

  private async run(): Promise<void> {
    const batch = this.next
    const container = this.container
    if (!batch || !container) return
    const attempt = this.attempt
    this.next = null
    this.attempt = 0
    this.running = true
    const started = Date.now()
    try {
      // Reservations and inventory changes (every order) move only stock: that
      // path recomputes the stock alone and hands anything else to the workflow.
      const result = isStockOnly(batch.changes)
        ? await refreshProductStock(container, batch.changes)
        : (await refreshProductIndexWorkflow(container).run({ input: batch.changes })).result
      logger(container).debug(
        `product index: ${batch.changes.all ? "rebuilt" : "refreshed"} (${result.written} written, ` +
          `${result.removed} removed) in ${Date.now() - started} ms`
      )
      batch.waiters.forEach((w) => w.resolve())
    } catch (error) {
      if (attempt < RETRIES) {
        logger(container).warn(`product index: refresh failed (${describe(error)}); retrying`)
        this.running = false
        this.enqueue(container, batch.changes, batch.waiters, attempt + 1, RETRY_STEP_MS * (attempt + 1))
        return
      }
      logger(container).error(`product index: refresh failed after ${RETRIES} retries: ${describe(error)}`)
      batch.waiters.forEach((w) => w.reject(error))
    } finally {
      this.running = false
      if (this.next) this.schedule(0)
    }
  }
}

function merge(into: ProductIndexChanges, from: ProductIndexChanges): void {
  if (from.all) into.all = true
  for (const kind of CHANGE_KINDS) {
    const ids = from[kind]
    if (ids?.length) into[kind] = [...new Set([...(into[kind] ?? []), ...ids])]
  }
}

function logger(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.LOGGER)
}

/** The error's message, shortened: database errors quote whole statements with their id lists. */
function describe(error: unknown): string {
  const message =
    error instanceof Error
      ? error.message
      : typeof error === "object" && error && "message" in error
        ? String(error.message)
        : String(error)
  return message.length > 300 ? `${message.slice(0, 150)} … ${message.slice(-120)}` : message
}

// One scheduler per process, even if this file were loaded twice (e.g. dev reloads).
const KEY = Symbol.for("shop.product-index.refresh-scheduler")
type GlobalWithScheduler = typeof globalThis & { [KEY]?: RefreshScheduler }
const globalRef = globalThis as GlobalWithScheduler

export const productIndexRefresher: RefreshScheduler = (globalRef[KEY] ??= new RefreshScheduler())
