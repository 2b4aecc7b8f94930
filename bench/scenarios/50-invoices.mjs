// Invoices: median milliseconds per PDF over 200 synthetic invoices (goal < 20 ms),
// and the time from order.placed to the invoice existing for orders placed
// through the store API of the running store (goal < 2 s).
import { runInvoiceBench } from "../../tests/load/invoice-bench.mjs"

export default {
  name: "invoices",
  description: "invoice PDF rendering and order.placed → invoice latency (tests/load/invoice-bench.mjs)",
  async run(ctx) {
    const { rendering, latency } = await runInvoiceBench({
      pdfs: 200,
      baseUrl: ctx.baseUrl,
      publishableKey: ctx.publishableKey,
      orders: 10,
    })
    ctx.log(
      `invoices: PDF median ${rendering.median_ms} ms (p95 ${rendering.p95_ms} ms, goal < ${rendering.goal_ms} ms) ${rendering.ok ? "✔" : "✖"}`
    )
    const rows = [
      {
        name: "invoice-pdf",
        path: `${rendering.pdfs} PDFs, ms each`,
        rps: rendering.median_ms > 0 ? 1000 / rendering.median_ms : null,
        p50: rendering.median_ms,
        p99: rendering.max_ms,
        requests: rendering.pdfs,
        errors: 0,
        non2xx: 0,
      },
    ]
    if (latency) {
      ctx.log(
        `invoices: order.placed → invoice median ${latency.placed_to_invoice_median_ms} ms, max ${latency.placed_to_invoice_max_ms} ms ` +
          `(${latency.invoiced}/${latency.orders} invoiced, goal < ${latency.goal_ms} ms) ${latency.ok ? "✔" : "✖"}`
      )
      rows.push({
        name: "order-to-invoice",
        path: `${latency.orders} orders, ms placed → invoice`,
        rps: null,
        p50: latency.placed_to_invoice_median_ms,
        p99: latency.placed_to_invoice_max_ms,
        requests: latency.orders,
        errors: latency.orders - latency.invoiced,
        non2xx: 0,
      })
    }
    return rows
  },
}
