import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * helmet's essentials on every answer of the API (/store, /admin, /auth,
 * /api/v1, plugin routes): no content sniffing, no referrer beyond the
 * origin to other sites, never framed (X-Frame-Options for old browsers,
 * frame-ancestors for the rest), HSTS only when the request itself came over
 * HTTPS (a header sent over plain http would be ignored anyway, and loopback
 * development must keep working). A route with a page of its own (the
 * api/v1 docs, the 3-D Secure challenge) sets its own Content-Security-Policy
 * afterwards, which replaces this one.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "frame-ancestors 'none'",
  "Cross-Origin-Opener-Policy": "same-origin",
}

export const HSTS = "max-age=31536000; includeSubDomains"

export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  // Express adds X-Powered-By to every answer unless the app disables it;
  // Medusa exposes no setting for that, so the first request turns it off for
  // the whole app (the admin's static files included) and this answer drops it.
  req.app.disable("x-powered-by")
  res.removeHeader("X-Powered-By")
  res.set(SECURITY_HEADERS)
  if (req.secure) res.setHeader("Strict-Transport-Security", HSTS)
  next()
}
