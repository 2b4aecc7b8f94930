import { Module } from "@medusajs/framework/utils"
import CustomerAccountsModuleService from "./service"

export const CUSTOMER_ACCOUNTS_MODULE = "customerAccounts"

export default Module(CUSTOMER_ACCOUNTS_MODULE, {
  service: CustomerAccountsModuleService,
})

export type { ThrottleVerdict } from "./throttle"
export { CustomerAccountsModuleService }
