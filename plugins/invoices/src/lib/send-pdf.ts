import type { MedusaResponse } from "@medusajs/framework/http"

/** Answers with a PDF download that no shared cache keeps. */
export function sendPdf(res: MedusaResponse, filename: string, pdf: Buffer): void {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.status(200).end(pdf)
}
