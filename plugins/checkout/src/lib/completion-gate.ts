import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * First-come, first-served admission for cart completion in this process.
 *
 * Completion reserves stock under the locking module's lock, which a waiter
 * gives up on after 5 seconds with a 500. When dozens of completions start at
 * once on a small machine they all share the event loop, the lock holder
 * crawls, and waiters time out: a flash sale answers "unknown error" instead
 * of "sold out". Letting a few run at a time keeps each one fast; the rest
 * wait here, in order, without holding a lock or a database connection.
 */
export class CompletionGate {
  private running = 0
  private readonly queue: (() => void)[] = []

  constructor(readonly limit: number) {}

  /** Resolves when the caller may run; call the returned function exactly once when done. */
  async enter(): Promise<() => void> {
    if (this.running >= this.limit) {
      await new Promise<void>((resolve) => this.queue.push(resolve))
    } else {
      this.running++
    }
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      if (next) {
        next() // the slot passes straight to the next caller
      } else {
        this.running--
      }
    }
  }

  get waiting(): number {
    return this.queue.length
  }
}

export function completionGateMiddleware(gate: CompletionGate) {
  return async function limitCartCompletions(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const release = await gate.enter()
    if (req.socket?.destroyed || res.writableEnded) {
      // The shopper gave up while queued: nothing to run.
      release()
      return
    }
    res.once("finish", release)
    res.once("close", release)
    next()
  }
}
