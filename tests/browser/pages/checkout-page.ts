import { expect } from "@playwright/test"
import { BasePage } from "./base-page"

export type CheckoutAddress = {
  email: string
  first_name: string
  last_name: string
  address_1: string
  postal_code: string
  city: string
  country_code?: string
  phone?: string
}

export type Card = { number: string; expiry?: string; cvc?: string; name?: string }

export class CheckoutPage extends BasePage {
  field(name: string) {
    return this.byTestId(`checkout-${name}`)
  }

  async fillAddress(address: CheckoutAddress) {
    await this.field("email").fill(address.email)
    await this.field("first-name").fill(address.first_name)
    await this.field("last-name").fill(address.last_name)
    await this.field("address").fill(address.address_1)
    await this.field("postal-code").fill(address.postal_code)
    await this.field("city").fill(address.city)
    if (address.country_code) await this.field("country").selectOption(address.country_code)
    if (address.phone !== undefined) await this.field("phone").fill(address.phone)
  }

  async submitAddress() {
    await this.screenshot("checkout-address")
    await this.byTestId("checkout-address-submit").click()
    await expect(this.byTestId("checkout-step-delivery")).toHaveAttribute("data-state", "open")
  }

  async chooseShipping(name: string) {
    await this.byTestId("shipping-option").filter({ hasText: name }).locator("input").check()
    await this.screenshot("checkout-delivery")
    await this.byTestId("checkout-shipping-submit").click()
    await expect(this.byTestId("checkout-step-payment")).toHaveAttribute("data-state", "open")
  }

  async enterCard(card: Card) {
    await this.byTestId("card-name").fill(card.name ?? "Test Shopper")
    await this.byTestId("card-number").fill(card.number)
    await this.byTestId("card-expiry").fill(card.expiry ?? "12/34")
    await this.byTestId("card-cvc").fill(card.cvc ?? "123")
  }

  async pay(card: Card) {
    await this.enterCard(card)
    await this.screenshot("checkout-payment")
    await this.byTestId("card-pay-button").click()
  }

  paymentError() {
    return this.byTestId("payment-error")
  }

  threeDSecure() {
    return this.byTestId("three-ds")
  }
}
