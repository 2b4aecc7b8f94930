/**
 * The storefront's security headers, built per request by src/proxy.ts
 * (Next's documented nonce pattern). Plain TypeScript, no Next import.
 *
 * - Scripts run only with this request's nonce ('strict-dynamic' lets them
 *   load Next's chunks); no eval in production.
 * - Styles: our own and inline style attributes (React `style={…}`), which a
 *   nonce cannot cover; styles cannot run code.
 * - Images from us, data/blob URLs and the backend's /static; the 3-D Secure
 *   check may be framed from the backend (the payment-mock's page).
 * - Nobody frames the storefront (login and cart cannot be clickjacked).
 */
export type SecurityHeaderOptions = { nonce: string; backendUrl: string; development: boolean; https: boolean }

export function contentSecurityPolicy({ nonce, backendUrl, development, https }: SecurityHeaderOptions): string {
  const backend = new URL(backendUrl).origin
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data: ${backend}`,
    "font-src 'self'",
    `connect-src 'self' ${backend}`,
    `frame-src ${backend}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ]
  return directives.join("; ")
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  }
}
