import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invoicePdf } from "../../lib/documents"

/** The invoice PDF as a mail attachment (read only). */
export const renderInvoiceAttachmentStep = createStep(
  "render-invoice-attachment",
  async (input: { invoice_id: string }, { container }) => {
    const doc = await invoicePdf(container, input.invoice_id)
    return new StepResponse({
      order_id: doc.order_id,
      number: doc.number,
      attachment: { filename: doc.filename, content_type: "application/pdf", content: doc.pdf.toString("base64") },
    })
  }
)
