import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerAccountsModule from "../modules/customer-accounts"

// One profile per customer, one customer per profile. Deleting the customer
// deletes its profile with it.
export default defineLink(CustomerModule.linkable.customer, {
  linkable: CustomerAccountsModule.linkable.customerProfile,
  deleteCascade: true,
})
