import { eventually } from "../helpers/eventually"
import { adminOrder, refundPayment } from "../helpers/order-fixtures"
import type { ProbeContext, ResourceProbe } from "./types"

type CreditNoteList = { credit_notes: { id: string; number: string }[] }

/** The owner's invoice (issued after order.placed), once it exists. */
async function ownerInvoiceReady(ctx: ProbeContext): Promise<void> {
  const path = `/store/orders/${ctx.ownerOrder.id}/invoice`
  await eventually(async () => (await ctx.client.store("get", path, { token: ctx.owner.token })).status === 200, "the owner's invoice", 30000)
}

/** Refunds part of the owner's captured payment once, and returns the credit note the refund produced. */
let creditNote: Promise<{ id: string; number: string }> | null = null
function ownerCreditNote(ctx: ProbeContext): Promise<{ id: string; number: string }> {
  creditNote ??= (async () => {
    await ownerInvoiceReady(ctx)
    const order = await adminOrder(ctx.client, ctx.ownerOrder.id)
    await refundPayment(ctx.client, order.payment_collections[0].payments[0].id, 1)
    const path = `/store/orders/${ctx.ownerOrder.id}/credit-notes`
    return eventually(async () => {
      const res = await ctx.client.store("get", path, { token: ctx.owner.token })
      return (res.data as CreditNoteList | undefined)?.credit_notes?.[0]
    }, "the owner's credit note", 30000)
  })()
  return creditNote
}

/** Invoices and credit notes (@shop/invoices): PDFs of the owner's orders. */
export const invoiceProbes: ResourceProbe[] = [
  {
    name: "GET /store/orders/:id/invoice",
    ownerStatus: 200,
    prepare: async (ctx) => {
      await ownerInvoiceReady(ctx)
      return {
        request: { method: "get", path: `/store/orders/${ctx.ownerOrder.id}/invoice` },
        secrets: [ctx.owner.email, "INV-"],
      }
    },
  },
  {
    name: "GET /store/orders/:id/credit-notes",
    ownerStatus: 200,
    prepare: async (ctx) => {
      const note = await ownerCreditNote(ctx)
      return {
        request: { method: "get", path: `/store/orders/${ctx.ownerOrder.id}/credit-notes` },
        secrets: [note.number, note.id],
      }
    },
  },
  {
    name: "GET /store/orders/:id/credit-notes/:credit_note_id",
    ownerStatus: 200,
    prepare: async (ctx) => {
      const note = await ownerCreditNote(ctx)
      return {
        request: { method: "get", path: `/store/orders/${ctx.ownerOrder.id}/credit-notes/${note.id}` },
        secrets: [note.number, ctx.owner.email],
      }
    },
  },
]
