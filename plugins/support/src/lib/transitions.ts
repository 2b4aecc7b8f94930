import type { SupportStatus } from "../modules/support/models/support-request"

export type SupportActor = "customer" | "merchant"

/**
 * Who may move a request from one status to another. A merchant reply sets
 * "waiting_for_customer" and a customer reply sets "open" (see
 * statusAfterReply); nobody replies to a closed request, only the merchant
 * reopens one.
 */
const ALLOWED: Record<SupportActor, Record<SupportStatus, SupportStatus[]>> = {
  merchant: {
    open: ["waiting_for_customer", "closed"],
    waiting_for_customer: ["open", "closed"],
    closed: ["open"],
  },
  customer: {
    open: ["closed"],
    waiting_for_customer: ["closed"],
    closed: [],
  },
}

export function canTransition(actor: SupportActor, from: SupportStatus, to: SupportStatus): boolean {
  return ALLOWED[actor][from].includes(to)
}

/** Why a transition is refused, in words for the API answer. */
export function transitionProblem(actor: SupportActor, from: SupportStatus, to: SupportStatus): string | null {
  if (canTransition(actor, from, to)) return null
  if (from === to) return `The support request is already ${to.replace(/_/g, " ")}.`
  if (from === "closed") {
    return actor === "customer"
      ? "The support request is closed. Please open a new one."
      : `A closed support request can only be reopened (status "open").`
  }
  return `A ${actor} cannot change a support request from "${from}" to "${to}".`
}

export function statusAfterReply(author: SupportActor): SupportStatus {
  return author === "merchant" ? "waiting_for_customer" : "open"
}
