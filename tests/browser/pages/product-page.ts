import { expect } from "@playwright/test"
import { BasePage } from "./base-page"

export class ProductPage extends BasePage {
  title() {
    return this.byTestId("product-title")
  }

  price() {
    return this.byTestId("product-price")
  }

  stock() {
    return this.byTestId("product-stock")
  }

  addButton() {
    return this.byTestId("add-to-cart-button")
  }

  message() {
    return this.byTestId("add-to-cart-message-ok")
  }

  async expectLoaded(name: string) {
    await expect(this.title()).toHaveText(name)
    await expect(this.byTestId("product-image")).toBeVisible()
    await expect(this.price()).toBeVisible()
  }

  async addToCart(quantity = 1) {
    await this.byTestId("quantity-input").fill(String(quantity))
    await this.addButton().click()
    await expect(this.message()).toBeVisible()
  }
}
