import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MockCardProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [MockCardProviderService],
})
