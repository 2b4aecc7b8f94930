import { expect } from "@playwright/test"
import { BasePage } from "./base-page"

export class ConfirmationPage extends BasePage {
  orderNumber() {
    return this.byTestId("order-number")
  }

  /** Waits for the confirmation page and returns the order's display number and id. */
  async expectConfirmed(): Promise<{ displayId: string; orderId: string }> {
    await expect(this.page).toHaveURL(/\/order\/[^/]+\/confirmed/, { timeout: 30_000 })
    await expect(this.byTestId("order-confirmed")).toBeVisible()
    await expect(this.orderNumber()).toHaveText(/^#\d+$/)
    await this.screenshot("order-confirmed")
    const displayId = (await this.orderNumber().innerText()).replace("#", "")
    const orderId = (await this.orderNumber().getAttribute("data-order-id")) ?? ""
    return { displayId, orderId }
  }
}
