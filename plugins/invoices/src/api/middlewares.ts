import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validateInvoiceSettingsBody } from "./admin/invoice-settings/validate-body"

const customer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const admin = authenticate("user", ["session", "bearer", "api-key"])

export default defineMiddlewares({
  routes: [
    // Owner-only downloads. Anonymous clients are let through to the handler,
    // which answers 404 (not 401) to anyone but the order's customer.
    { method: ["GET"], matcher: "/store/orders/:id/invoice", middlewares: [customer] },
    { method: ["GET"], matcher: "/store/orders/:id/credit-notes", middlewares: [customer] },
    { method: ["GET"], matcher: "/store/orders/:id/credit-notes/:credit_note_id", middlewares: [customer] },

    { method: ["GET"], matcher: "/admin/invoice-settings", middlewares: [admin] },
    {
      method: ["POST"],
      matcher: "/admin/invoice-settings",
      // A 300 KB logo is 400 KB as base64: room for it, so a larger one gets the plain "too large" message.
      bodyParser: { sizeLimit: "1mb" },
      middlewares: [admin, validateInvoiceSettingsBody],
    },
    { method: ["GET", "POST"], matcher: "/admin/orders/:id/invoices", middlewares: [admin] },
    { method: ["GET"], matcher: "/admin/invoices/:id/pdf", middlewares: [admin] },
    { method: ["POST"], matcher: "/admin/invoices/:id/resend", middlewares: [admin] },
    { method: ["GET"], matcher: "/admin/credit-notes/:id/pdf", middlewares: [admin] },
  ],
})
