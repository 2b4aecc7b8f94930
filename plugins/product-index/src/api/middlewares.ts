import { defineMiddlewares } from "@medusajs/framework/http"
import { productMiddlewares } from "./api/v1/product/middlewares"

export default defineMiddlewares({
  routes: [...productMiddlewares],
})
