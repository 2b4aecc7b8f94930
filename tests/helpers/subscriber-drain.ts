import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { EventEmitter } from "node:events"

type Listener = ((...args: unknown[]) => unknown) & { subscriberId?: string }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Lets a test end only when the subscribers its requests set off have finished.
 *
 * The runner gives every test a fresh copy of the database, dropping the old one
 * and every connection to it. A subscriber still at work from the test before
 * (the confirmation mail, the invoice, the recommender after an order) would be
 * cut off mid-transaction, or write into the next test's database. Medusa's
 * local event bus does not say when its subscribers are done, so each of them
 * is wrapped, once the app has booted, in a counter of calls in progress, and
 * `settle` waits for that counter to stay at zero.
 */
export function subscriberDrain(getContainer: () => MedusaContainer) {
  let inFlight = 0
  let attached = false

  function attach() {
    const bus = getContainer().resolve(Modules.EVENT_BUS, { allowUnregistered: true }) as { eventEmitter_?: unknown } | undefined
    const emitter = bus?.eventEmitter_
    // Only the in-process event bus: with Redis, subscribers run from a queue.
    if (!(emitter instanceof EventEmitter)) return
    for (const name of emitter.eventNames()) {
      const listeners = emitter.listeners(name) as Listener[]
      emitter.removeAllListeners(name)
      for (const listener of listeners) {
        const counted: Listener = async (...args: unknown[]) => {
          inFlight++
          try {
            return await listener(...args)
          } finally {
            inFlight--
          }
        }
        if (listener.subscriberId) counted.subscriberId = listener.subscriberId
        emitter.on(name, counted)
      }
    }
    attached = true
  }

  /** Waits until no subscriber has run for two checks in a row (an event is delivered a tick after its emit). */
  async function settle(timeoutMs = 30000) {
    if (!attached) return
    const deadline = Date.now() + timeoutMs
    let quiet = 0
    while (quiet < 2) {
      await sleep(inFlight ? 20 : 5)
      quiet = inFlight === 0 ? quiet + 1 : 0
      if (Date.now() > deadline) {
        console.warn(`subscriber drain: ${inFlight} subscriber call(s) still running after ${timeoutMs} ms; the next test starts anyway`)
        return
      }
    }
  }

  return { attach, settle }
}
