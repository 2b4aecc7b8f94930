import { expect, test } from "../fixtures"

test("a sold-out product cannot be put into the cart", async ({ shop }) => {
  await shop.catalogue.open("?q=camembert")
  await shop.catalogue.openProduct("Camembert de Normandie")
  await expect(shop.product.stock()).toHaveText("Sold out")
  await expect(shop.page.getByTestId("sold-out-notice")).toBeVisible()
  await expect(shop.product.addButton()).toBeDisabled()
  await expect(shop.page.getByTestId("quantity-input")).toHaveCount(0)
  await shop.screenshot("product-sold-out")
  await shop.cart.open()
  await expect(shop.page.getByTestId("cart-empty")).toBeVisible()
})

test("the cart refuses more than the stock", async ({ shop }) => {
  await shop.catalogue.open("?q=apple")
  await shop.catalogue.openProduct("Apple")
  await expect(shop.product.stock()).toHaveText("Only 1 left")
  // The input's max is 1; a typed 2 still reaches the backend, which says no.
  await shop.page.getByTestId("quantity-input").fill("2")
  await shop.page.getByTestId("quantity-input").evaluate((input: HTMLInputElement) => input.removeAttribute("max"))
  await shop.product.addButton().click()
  await expect(shop.page.getByTestId("add-to-cart-message")).toContainText("not enough stock")
  await expect(shop.product.cartCount()).toHaveText("0")
})
