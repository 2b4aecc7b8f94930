import { defineMiddlewares } from "@medusajs/framework/http"
import { shopErrorHandler } from "./lock-conflict"

export default defineMiddlewares({
  errorHandler: shopErrorHandler,
})
