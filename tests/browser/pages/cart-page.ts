import { expect } from "@playwright/test"
import { BasePage } from "./base-page"

export class CartPage extends BasePage {
  async open() {
    await this.page.goto("/cart")
    await expect(this.byTestId("cart-page")).toBeVisible()
  }

  items() {
    return this.byTestId("cart-item")
  }

  item(name: string) {
    return this.items().filter({ has: this.page.getByTestId("cart-item-title").getByText(name, { exact: true }) })
  }

  quantityOf(name: string) {
    return this.item(name).getByTestId("cart-item-quantity")
  }

  total() {
    return this.byTestId("cart-total")
  }

  async increase(name: string) {
    const before = Number(await this.quantityOf(name).innerText())
    await this.item(name).getByTestId("cart-item-increase").click()
    await expect(this.quantityOf(name)).toHaveText(String(before + 1))
  }

  async decrease(name: string) {
    const before = Number(await this.quantityOf(name).innerText())
    await this.item(name).getByTestId("cart-item-decrease").click()
    await expect(this.quantityOf(name)).toHaveText(String(before - 1))
  }

  async remove(name: string) {
    await this.item(name).getByTestId("cart-item-remove").click()
    await expect(this.item(name)).toHaveCount(0)
  }

  async checkout() {
    await this.byTestId("checkout-button").click()
    await expect(this.page.getByTestId("checkout-page")).toBeVisible()
  }
}
