import { authenticate, defineMiddlewares } from "@medusajs/framework/http"

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/admin/orders/:id/emails", middlewares: [authenticate("user", ["session", "bearer", "api-key"])] },
  ],
})
