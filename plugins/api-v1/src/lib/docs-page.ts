import crypto from "crypto"
import fs from "fs"

/** Where the reference page loads its renderer from (served by our own route, never a CDN). */
export const REDOC_SCRIPT_PATH = "/api/v1/docs/redoc.standalone.js"
export const OPENAPI_DOCUMENT_PATH = "/api/v1/openapi.json"

/**
 * The page only talks to this server: scripts from itself, the spec from
 * itself, images/fonts inline; styles are injected by Redoc at run time
 * and its search runs in a worker made from a blob.
 */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join("; ")

export function docsPageHtml(title: string): string {
  const safeTitle = title.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${safeTitle}</title>
    <style>body { margin: 0; padding: 0; }</style>
  </head>
  <body>
    <redoc spec-url="${OPENAPI_DOCUMENT_PATH}" expand-responses="200" required-props-first="true"></redoc>
    <script src="${REDOC_SCRIPT_PATH}"></script>
  </body>
</html>
`
}

export type StaticAsset = { body: Buffer; etag: string }

let redoc: StaticAsset | null = null

/** Redoc's standalone bundle from the pinned npm package, read once. */
export function redocBundle(): StaticAsset {
  if (!redoc) {
    const body = fs.readFileSync(require.resolve("redoc/bundles/redoc.standalone.js"))
    redoc = { body, etag: `"${crypto.createHash("sha1").update(body).digest("base64url")}"` }
  }
  return redoc
}
