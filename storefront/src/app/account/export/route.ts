import { fetchAccountExport } from "@/lib/data/downloads"

/** The shopper's data export as a JSON download. */
export async function GET(request: Request) {
  const file = await fetchAccountExport()
  if (file.status === 401) return Response.redirect(new URL("/account/login?next=/account/privacy", request.url), 303)
  if (!file.body) {
    return new Response("The export is not available right now.", {
      status: 502,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename ?? "my-shop-data.json"}"`,
      "cache-control": "private, no-store",
    },
  })
}
