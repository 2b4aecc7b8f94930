import fs from "node:fs"
import { expect, newCustomer, test } from "../fixtures"

test("register → log out → log in by username → search → product → cart → pay 4242 → confirmation → invoice", async ({
  shop,
  page,
}) => {
  const customer = newCustomer()

  await shop.home.open()
  await page.getByTestId("nav-login").click()
  await page.getByTestId("register-link").click()
  await shop.register.fill(customer)
  await shop.screenshot("register")
  await shop.register.submit()
  await expect(shop.account.greeting()).toHaveText(`Hello, ${customer.first_name}`)
  await shop.screenshot("account")

  await shop.account.logout()
  await shop.login.login(customer.username, customer.password)
  await expect(shop.account.greeting()).toBeVisible()

  await shop.home.search("espresso")
  await shop.screenshot("search-results")
  await shop.catalogue.openProduct("Espresso Beans 1 kg")
  await shop.screenshot("product")
  await shop.product.addToCart(2)
  await expect(shop.product.cartCount()).toHaveText("2")

  await shop.cart.open()
  await shop.screenshot("cart")
  await shop.cart.checkout()
  // Logged in: email and address come from the account.
  await expect(page.getByTestId("checkout-email")).toHaveValue(customer.email)
  await expect(page.getByTestId("checkout-address")).toHaveValue("Musterstr. 13")
  await expect(page.getByTestId("checkout-postal-code")).toHaveValue("10115")
  await shop.checkout.submitAddress()
  await shop.checkout.chooseShipping("Standard")
  await shop.checkout.pay({ number: "4242424242424242", name: `${customer.first_name} ${customer.last_name}` })
  const { displayId } = await shop.confirmation.expectConfirmed()
  await expect(page.getByTestId("order-email")).toHaveText(customer.email)

  // The confirmation email reaches the (test) inbox, with the invoice attached.
  const mail = await shop.inbox.waitFor(customer.email, new RegExp(`order #${displayId}\\b`))
  expect(mail.text).toContain("Espresso Beans 1 kg")
  expect(mail.attachments.map((a) => a.content_type)).toContain("application/pdf")
  await page.goto(shop.inbox.pageUrl(mail))
  await shop.screenshot("confirmation-email")

  await shop.account.openOrders()
  const row = shop.account.orderRow(displayId)
  await expect(row).toBeVisible()
  await expect(row.getByTestId("order-status")).toContainText(/^(Received|Completed) · /)
  // Plain words, never Medusa's state names ("Pending · Payment Authorized · Not Fulfilled").
  await expect(row.getByTestId("order-status")).not.toContainText(/_|authorized|not fulfilled/i)
  await shop.screenshot("orders")
  const invoice = await shop.account.downloadInvoice(displayId)
  const file = await invoice.path()
  expect(fs.readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-")

  await row.getByTestId("order-link").click()
  await expect(page.getByTestId("order-details")).toBeVisible()
  await expect(page.getByTestId("order-item")).toContainText(["Espresso Beans 1 kg"])
  await shop.screenshot("order-details")
})
