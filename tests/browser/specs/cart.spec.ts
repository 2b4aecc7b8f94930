import { expect, newCustomer, test } from "../fixtures"
import { addToCart } from "../flows"

test("cart: change quantities, remove, totals follow; the cart survives a reload", async ({ shop }) => {
  await addToCart(shop, "Organic Carrots", 2)
  await addToCart(shop, "Rolled Oats")
  await expect(shop.product.cartCount()).toHaveText("3")

  await shop.cart.open()
  await expect(shop.cart.items()).toHaveCount(2)
  await expect(shop.cart.quantityOf("Organic Carrots")).toHaveText("2")
  // 2 × €1.49 + €1.29, before shipping and VAT
  await expect(shop.page.getByTestId("cart-subtotal")).toHaveText("€4.27")
  await shop.screenshot("cart")

  await shop.cart.increase("Organic Carrots")
  await expect(shop.page.getByTestId("cart-subtotal")).toHaveText("€5.76")
  await shop.cart.decrease("Organic Carrots")
  await shop.cart.decrease("Organic Carrots")
  await expect(shop.page.getByTestId("cart-subtotal")).toHaveText("€2.78")
  await shop.cart.remove("Rolled Oats")
  await expect(shop.page.getByTestId("cart-subtotal")).toHaveText("€1.49")
  await expect(shop.cart.cartCount()).toHaveText("1")

  await shop.page.reload()
  await expect(shop.cart.items()).toHaveCount(1)
  await expect(shop.cart.quantityOf("Organic Carrots")).toHaveText("1")
})

test("a guest cart is carried into the account on login", async ({ shop, page }) => {
  const customer = newCustomer()
  await shop.register.register(customer)
  await shop.account.logout()

  // As a guest again: a fresh cart.
  await expect(shop.home.cartCount()).toHaveText("0")
  await addToCart(shop, "Broccoli", 2)
  await shop.cart.open()
  await expect(shop.cart.quantityOf("Broccoli")).toHaveText("2")

  await shop.login.login(customer.username, customer.password)
  await expect(shop.account.greeting()).toBeVisible()
  await expect(shop.home.cartCount()).toHaveText("2")
  await shop.cart.open()
  await expect(shop.cart.quantityOf("Broccoli")).toHaveText("2")
  await shop.screenshot("cart-after-login")

  // It is the customer's cart now: checkout knows who they are.
  await shop.cart.checkout()
  await expect(page.getByTestId("checkout-email")).toHaveValue(customer.email)
  await expect(page.getByTestId("checkout-address")).toHaveValue("Musterstr. 13")
  await expect(page.getByTestId("checkout-city")).toHaveValue("Berlin")
})
