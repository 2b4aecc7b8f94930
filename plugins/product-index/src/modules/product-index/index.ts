import { Module } from "@medusajs/framework/utils"
import ProductIndexModuleService from "./service"

export const PRODUCT_INDEX_MODULE = "productIndex"

export default Module(PRODUCT_INDEX_MODULE, {
  service: ProductIndexModuleService,
})
