import fs from "node:fs"
import { expect, newCustomer, test } from "../fixtures"

test("registration shows the API's field-level messages next to their fields", async ({ shop, page }) => {
  const customer = newCustomer()
  await shop.register.open()
  await shop.register.fill({ ...customer, username: "x!", password: "short", phone: "call me", birthday: "2999-01-01" })
  await shop.register.submit()
  await expect(page.getByTestId("register-error")).toBeVisible()
  await expect(shop.register.fieldError("username")).toBeVisible()
  await expect(shop.register.fieldError("password")).toBeVisible()
  await expect(shop.register.fieldError("phone")).toBeVisible()
  await expect(shop.register.fieldError("birthday")).toBeVisible()
  await expect(shop.register.fieldError("email")).toHaveCount(0)
  // What was typed stays (except the password).
  await expect(page.getByTestId("register-email")).toHaveValue(customer.email)
  await shop.screenshot("register-errors")

  // The same username twice is refused with the API's message.
  await shop.register.register(customer)
  await shop.account.logout()
  await shop.register.open()
  await shop.register.fill({ ...newCustomer(), username: customer.username })
  await shop.register.submit()
  await expect(shop.register.fieldError("username")).toHaveText(/already taken/i)
})

test("login by email, wrong password refused; profile edit persists", async ({ shop, page }) => {
  const customer = newCustomer()
  await shop.register.register(customer)
  await shop.account.logout()

  await shop.login.login(customer.email, "not-the-password")
  await expect(shop.login.error()).toHaveText(/not right/i)
  await shop.login.login(customer.email.toUpperCase(), customer.password)
  await expect(shop.account.greeting()).toHaveText(`Hello, ${customer.first_name}`)

  await page.getByTestId("profile-first-name").fill("Erika Maria")
  await page.getByTestId("profile-phone").fill("+49 40 7654321")
  await page.getByTestId("profile-save").click()
  await expect(page.getByTestId("profile-message-ok")).toBeVisible()
  await shop.account.open()
  await expect(shop.account.greeting()).toHaveText("Hello, Erika Maria")
  await expect(page.getByTestId("profile-phone")).toHaveValue("+49 40 7654321")
  await shop.screenshot("profile")
})

test("data export downloads the account's data; deletion logs out for good", async ({ shop }) => {
  const customer = newCustomer()
  await shop.register.register(customer)
  await shop.account.openPrivacy()
  await shop.screenshot("privacy")
  const download = await shop.account.downloadExport()
  const exported = fs.readFileSync(await download.path(), "utf8")
  expect(exported).toContain(customer.username)
  expect(exported).toContain(customer.email)
  expect(exported).not.toContain(customer.password)

  await shop.account.deleteAccount()
  await expect(shop.home.page.getByTestId("nav-login")).toBeVisible()
  await shop.login.login(customer.username, customer.password)
  await expect(shop.login.error()).toBeVisible()
})

test("forgotten password: the emailed link sets a new one", async ({ shop, page }) => {
  const customer = newCustomer()
  await shop.register.register(customer)
  await shop.account.logout()

  await shop.login.open()
  await page.getByTestId("forgot-password-link").click()
  await page.getByTestId("forgot-email").fill(customer.email)
  await page.getByTestId("forgot-submit").click()
  await expect(page.getByTestId("forgot-message-ok")).toBeVisible()

  const mail = await shop.inbox.waitFor(customer.email, /reset your .* password/i)
  const link = /https?:\/\/\S+\/account\/reset-password\?[^\s"<>]+/.exec(mail.text)?.[0]
  expect(link, "the mail links to the storefront's reset page").toBeTruthy()
  // The link points at the storefront the backend knows (STOREFRONT_URL); open its path here.
  const url = new URL(link as string)
  await page.goto(`${url.pathname}${url.search}`)
  await page.getByTestId("reset-password").fill("a-new-password-2026")
  await shop.screenshot("reset-password")
  await page.getByTestId("reset-submit").click()
  await expect(page.getByTestId("password-reset-done")).toBeVisible()

  await shop.login.login(customer.username, customer.password)
  await expect(shop.login.error()).toBeVisible()
  await shop.login.login(customer.username, "a-new-password-2026")
  await expect(shop.account.greeting()).toBeVisible()
})

test("registration keeps the Title after an error; an empty phone is 'required', not 'digits only'", async ({ shop, page }) => {
  await shop.register.open()
  await shop.register.fill({ ...newCustomer(), title: "Dr.", phone: "" })
  await shop.register.submit()
  await expect(page.getByTestId("register-error")).toBeVisible()
  await expect(shop.register.fieldError("phone")).toHaveText("The phone number is required.")
  await expect(page.getByTestId("register-title")).toHaveValue("Dr.")
})
