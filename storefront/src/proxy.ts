import type { NextRequest } from "next/server"
import { NextResponse } from "next/server"
import { securityHeaders } from "@/lib/util/security-headers"

/**
 * A fresh CSP nonce for every page request (Next's documented pattern: the
 * policy goes on the request, where Next's renderer reads the nonce for its
 * own scripts, and on the response, with the other security headers).
 */
// Read here rather than from lib/config, which is server-only (React server code) and loads the SDK.
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://127.0.0.1:9000"

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64")
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https"
  const headers = securityHeaders({ nonce, backendUrl: BACKEND_URL, development: process.env.NODE_ENV === "development", https })

  const requestHeaders = new Headers(request.headers)
  requestHeaders.set("x-nonce", nonce)
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"])
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  matcher: [
    {
      // Pages only: not Next's static files and image optimizer, which run no scripts.
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
}
