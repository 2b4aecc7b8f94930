import type { MedusaContainer } from "@medusajs/framework/types"
import type { PlacedOrder } from "../helpers/checkout"
import type { Customer } from "../helpers/customers"
import type { ShopClient } from "../helpers/store-fixtures"

/**
 * The access-control suite (tests/integration/access-control.spec.ts) signs
 * in as a second customer and as an anonymous client and tries every
 * resource of the first customer. A capability joins the suite by adding
 * its probes to the lists in ./index.ts.
 */

/** What every probe may build on: the first customer ("owner") with a shipped order. */
export type ProbeContext = {
  client: ShopClient
  container: MedusaContainer
  owner: Customer
  /** The owner's order: paid, fulfilled and shipped (tracking number `ownerTrackingNumber`). */
  ownerOrder: PlacedOrder
  ownerTrackingNumber: string
}

export type ProbeRequest = {
  method: "get" | "post" | "delete"
  path: string
  body?: unknown
  headers?: Record<string, string>
}

export type PreparedProbe = {
  request: ProbeRequest
  /** Texts of the owner's resource that must never appear in a stranger's answer. */
  secrets: string[]
}

/** One resource of the owner that strangers must not reach: they get 404, never the data. */
export type ResourceProbe = {
  /** The route tried, e.g. "GET /store/orders/:id". */
  name: string
  /** Creates the owner's resource (through the API, as the owner) and says how to reach it. Runs once, before the tests. */
  prepare: (ctx: ProbeContext) => Promise<PreparedProbe>
  /**
   * The status the owner gets for the same request, proving the probe reaches a
   * real resource. Leave it out only when the owner's request is refused for
   * other reasons (say so in a comment).
   */
  ownerStatus?: number
}

/** A list route: a stranger sees only their own entries, an anonymous client is refused. */
export type ListProbe = {
  name: string
  path: string
  /** Texts of the owner's entries that must never appear in a stranger's list. */
  secrets: (ctx: ProbeContext) => string[]
  /** A text the owner's own list shows, proving the probe lists real entries. */
  ownerSees: (ctx: ProbeContext) => string
  /** What an anonymous client gets (401 for routes behind Medusa's authenticate). */
  anonymousStatus: number
}
