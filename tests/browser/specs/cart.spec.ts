import { expect, newCustomer, test } from "../fixtures"
import { addToCart } from "../flows"

test("cart: change quantities, remove, totals follow; the cart survives a reload", async ({ shop }) => {
  await addToCart(shop, "Organic Carrots", 2)
  await addToCart(shop, "Rolled Oats")
  await expect(shop.product.cartCount()).toHaveText("3")

  await shop.cart.open()
  await expect(shop.cart.items()).toHaveCount(2)
  await expect(shop.cart.quantityOf("Organic Carrots")).toHaveText("2")
  // 2 × €1.49 + €1.29, gross (VAT included), before shipping
  await expect(shop.page.getByTestId("cart-subtotal")).toHaveText("€4.27")
  await expect(shop.page.getByTestId("cart-total")).toHaveText("€4.27")
  await expect(shop.page.getByTestId("cart-shipping")).toHaveText("Plus shipping, chosen at checkout")
  await expect(shop.cart.item("Organic Carrots").getByTestId("cart-item-total")).toHaveText("€2.98")
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

test("a guest cart merges into the account on login", async ({ shop, page }) => {
  const customer = newCustomer()
  await shop.register.register(customer)
  // What the customer put in the cart before logging out is kept with the account...
  await addToCart(shop, "Courgettes")
  await shop.account.open()
  await shop.account.logout()
  await expect(shop.home.cartCount()).toHaveText("0")

  // ...a guest on the same browser starts with an empty cart, which survives a reload...
  await addToCart(shop, "Broccoli", 2)
  await shop.cart.open()
  await page.reload()
  await expect(shop.cart.quantityOf("Broccoli")).toHaveText("2")

  // ...and on login both come together in the customer's cart.
  await shop.login.login(customer.username, customer.password)
  await expect(shop.account.greeting()).toBeVisible()
  await expect(shop.home.cartCount()).toHaveText("3")
  await shop.cart.open()
  await expect(shop.cart.quantityOf("Broccoli")).toHaveText("2")
  await expect(shop.cart.quantityOf("Courgettes")).toHaveText("1")
  await shop.screenshot("cart-after-login")

  // It is the customer's cart: checkout knows who they are.
  await shop.cart.checkout()
  await expect(page.getByTestId("checkout-email")).toHaveValue(customer.email)
  await expect(page.getByTestId("checkout-address")).toHaveValue("Musterstr. 13")
  await expect(page.getByTestId("checkout-city")).toHaveValue("Berlin")
})
