/**
 * The reference of the credit note that cancels what no refund credited (a
 * voided authorization, an unpaid invoice): one per order, kept where a
 * refund's id is (unique, so it is issued once).
 */
export function cancellationReference(orderId: string): string {
  return `cancellation:${orderId}`
}

export function isCancellationReference(reference: string): boolean {
  return reference.startsWith("cancellation:")
}
