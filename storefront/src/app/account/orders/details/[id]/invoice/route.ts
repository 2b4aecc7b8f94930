import { fetchInvoice } from "@/lib/data/downloads"

/** The order's invoice PDF, fetched with the shopper's token (the backend checks ownership). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const file = await fetchInvoice(id)
  if (file.status === 401) {
    const next = `/account/orders/details/${encodeURIComponent(id)}`
    return Response.redirect(new URL(`/account/login?next=${encodeURIComponent(next)}`, request.url), 303)
  }
  if (!file.body) {
    return new Response(file.status === 404 ? "Invoice not found" : "The invoice is not available right now.", {
      status: file.status === 404 || file.status === 403 ? 404 : 502,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename ?? `invoice-${id}.pdf`}"`,
      "cache-control": "private, no-store",
    },
  })
}
