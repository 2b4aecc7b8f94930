import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshProductIndexWorkflow } from "../workflows/refresh-product-index"
import { CHANGE_KINDS } from "../workflows/types"
import type { ProductIndexChanges } from "../workflows/types"


type Batch = { changes: ProductIndexChanges; waiters: { resolve: () => void; reject: (e: unknown) => void }[] }

/** Coalescing window: one admin save or order emits a burst of events. */
const DEBOUNCE_MS = 10
/** After a failed start-up build, requests wait this long before trying again. */
const INITIAL_RETRY_MS = 5000

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

  /** Queues the changes; the promise settles when a run that includes them has finished. */
  request(container: MedusaContainer, changes: ProductIndexChanges): Promise<void> {
    this.container = container
    const batch = (this.next ??= { changes: {}, waiters: [] })
    merge(batch.changes, changes)
    const done = new Promise<void>((resolve, reject) => batch.waiters.push({ resolve, reject }))
    this.schedule(DEBOUNCE_MS)
    return done
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
    this.next = null
    this.running = true
    const started = Date.now()
    try {
      const { result } = await refreshProductIndexWorkflow(container).run({ input: batch.changes })
      logger(container).debug(
        `product index: ${batch.changes.all ? "rebuilt" : "refreshed"} (${result.written} written, ` +
          `${result.removed} removed) in ${Date.now() - started} ms`
      )
      batch.waiters.forEach((w) => w.resolve())
    } catch (error) {
      logger(container).error(`product index: refresh failed: ${describe(error)}`)
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : typeof error === "object" && error && "message" in error ? String(error.message) : String(error)
}

// One scheduler per process, even if this file were loaded twice (e.g. dev reloads).
const KEY = Symbol.for("shop.product-index.refresh-scheduler")
type GlobalWithScheduler = typeof globalThis & { [KEY]?: RefreshScheduler }
const globalRef = globalThis as GlobalWithScheduler

export const productIndexRefresher: RefreshScheduler = (globalRef[KEY] ??= new RefreshScheduler())
