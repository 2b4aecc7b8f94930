import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { setTimeout as sleep } from "node:timers/promises"

export type CartLockOptions = {
  /** How long to wait for the lock. */
  timeoutMs: number
  /** When the lock frees itself if its holder never releases it. */
  expireSeconds: number
  /** Called when waiting gave up (the error is rethrown). */
  onTimeout?: () => void
}

/** Medusa's cart steps wait up to 2 s for a cart's lock and let it expire after 10. */
const CART_CHANGE: CartLockOptions = { timeoutMs: 2000, expireSeconds: 10 }

/**
 * Holds the same lock Medusa's cart workflows take (the cart id, through the
 * locking module), so a lean change and a change through Medusa's own
 * workflow never interleave, in one process or, with Redis locking, across
 * several.
 */
export async function withCartLock<T>(
  container: MedusaContainer,
  cartId: string,
  work: () => Promise<T>,
  options: CartLockOptions = CART_CHANGE
): Promise<T> {
  const locking: ILockingModule = container.resolve(Modules.LOCKING)
  // Our own owner id: the release below can only free the lock this call took.
  const ownerId = `checkout:${randomUUID()}`
  const giveUpAt = Date.now() + options.timeoutMs
  for (;;) {
    try {
      await locking.acquire(cartId, { expire: options.expireSeconds, ownerId })
      break
    } catch (error) {
      if (Date.now() >= giveUpAt) {
        options.onTimeout?.()
        throw error
      }
    }
    await sleep(300)
  }
  try {
    return await work()
  } finally {
    await locking.release(cartId, { ownerId })
  }
}
