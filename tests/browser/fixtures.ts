import type { Page } from "@playwright/test"
import { test as base } from "@playwright/test"
import type { NewCustomer } from "./pages/account-pages"
import { AccountPage, LoginPage, RegisterPage } from "./pages/account-pages"
import { Screenshots } from "./pages/base-page"
import { CartPage } from "./pages/cart-page"
import { CataloguePage } from "./pages/catalogue-page"
import { CheckoutPage } from "./pages/checkout-page"
import { ConfirmationPage } from "./pages/confirmation-page"
import { HomePage } from "./pages/home-page"
import { MailInbox } from "./pages/mail-inbox"
import { ProductPage } from "./pages/product-page"

/** The storefront's page objects for one test (each test gets a fresh browser context: no cookies, no cart). */
export type Shop = {
  home: HomePage
  catalogue: CataloguePage
  product: ProductPage
  cart: CartPage
  checkout: CheckoutPage
  confirmation: ConfirmationPage
  register: RegisterPage
  login: LoginPage
  account: AccountPage
  inbox: MailInbox
  page: Page
  /** a full-page screenshot of what the browser shows now, saved with the test's artifacts */
  screenshot: (name: string) => Promise<void>
}

export const test = base.extend<{ shop: Shop }>({
  shop: async ({ page }, use, testInfo) => {
    const shots = new Screenshots(page, testInfo)
    await use({
      home: new HomePage(page, shots),
      catalogue: new CataloguePage(page, shots),
      product: new ProductPage(page, shots),
      cart: new CartPage(page, shots),
      checkout: new CheckoutPage(page, shots),
      confirmation: new ConfirmationPage(page, shots),
      register: new RegisterPage(page, shots),
      login: new LoginPage(page, shots),
      account: new AccountPage(page, shots),
      inbox: new MailInbox(),
      page,
      screenshot: (name) => shots.take(name),
    })
  },
})

export { expect } from "@playwright/test"

let serial = 0

/** A customer no other test (or run) has used. */
export function newCustomer(overrides: Partial<NewCustomer> = {}): NewCustomer {
  serial += 1
  const tag = `${Date.now().toString(36)}${serial}${Math.floor(Math.random() * 1e4)}`
  return {
    username: `e2e_${tag}`,
    first_name: "Erika",
    last_name: "Mustermann",
    email: `erika.${tag}@example.test`,
    password: "erika-pw-2026!",
    address: "Musterstr. 13, 10115 Berlin",
    phone: "+49 30 1234567",
    title: "Ms.",
    birthday: "1990-01-01",
    ...overrides,
  }
}
