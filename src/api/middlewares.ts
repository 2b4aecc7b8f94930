import { defineMiddlewares } from "@medusajs/framework/http"
import { inputGuard } from "@shop/api-v1/lib/input-guard"
import { listWindowGuard } from "@shop/api-v1/lib/list-window"
import { shopErrorHandler } from "./lock-conflict"
import { securityHeaders } from "./security-headers"

export default defineMiddlewares({
  errorHandler: shopErrorHandler,
  routes: [
    // No method: a global middleware, which Medusa registers before every
    // route and route middleware (its own and the plugins'), so no handler or
    // validator sees a NUL byte, bad percent-encoding or a toString key. "/"
    // and not "/*": Express decodes a "*" capture like a route parameter, and
    // that decoding is what throws on "%ff".
    { matcher: "/", middlewares: [securityHeaders, inputGuard] },
    { matcher: "/store/*", method: ["GET"], middlewares: [listWindowGuard] },
    { matcher: "/admin/*", method: ["GET"], middlewares: [listWindowGuard] },
  ],
})
