import type { Download } from "@playwright/test"
import { expect } from "@playwright/test"
import { BasePage } from "./base-page"

export type NewCustomer = {
  username: string
  first_name: string
  last_name: string
  email: string
  password: string
  address: string
  phone: string
  title?: string
  birthday?: string
}

export class RegisterPage extends BasePage {
  async open() {
    await this.page.goto("/account/register")
    await expect(this.byTestId("register-form")).toBeVisible()
  }

  async fill(customer: NewCustomer) {
    await this.byTestId("register-username").fill(customer.username)
    if (customer.title) await this.byTestId("register-title").selectOption(customer.title)
    if (customer.birthday) await this.byTestId("register-birthday").fill(customer.birthday)
    await this.byTestId("register-first-name").fill(customer.first_name)
    await this.byTestId("register-last-name").fill(customer.last_name)
    await this.byTestId("register-email").fill(customer.email)
    await this.byTestId("register-password").fill(customer.password)
    await this.byTestId("register-address").fill(customer.address)
    await this.byTestId("register-phone").fill(customer.phone)
  }

  async submit() {
    await this.byTestId("register-submit").click()
  }

  async register(customer: NewCustomer) {
    await this.open()
    await this.fill(customer)
    await this.screenshot("register")
    await this.submit()
    await expect(this.page.getByTestId("account-greeting")).toHaveText(`Hello, ${customer.first_name}`)
  }

  fieldError(field: string) {
    return this.byTestId(`field-error-${field}`)
  }
}

export class LoginPage extends BasePage {
  async open() {
    await this.page.goto("/account/login")
    await expect(this.byTestId("login-form")).toBeVisible()
  }

  async login(login: string, password: string) {
    await this.open()
    await this.byTestId("login-input").fill(login)
    await this.byTestId("login-password").fill(password)
    await this.screenshot("login")
    await this.byTestId("login-submit").click()
  }

  error() {
    return this.byTestId("login-error")
  }
}

export class AccountPage extends BasePage {
  greeting() {
    return this.byTestId("account-greeting")
  }

  async open() {
    await this.page.goto("/account")
    await expect(this.greeting()).toBeVisible()
  }

  async logout() {
    await this.byTestId("logout-button").click()
    await expect(this.page.getByTestId("nav-login")).toBeVisible()
  }

  async openOrders() {
    await this.page.goto("/account/orders")
    await expect(this.page.getByRole("heading", { name: "Your orders" })).toBeVisible()
  }

  orderRow(displayId: string) {
    return this.byTestId("order-row").filter({ has: this.page.getByTestId("order-link").getByText(`#${displayId}`, { exact: true }) })
  }

  async downloadInvoice(displayId: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.orderRow(displayId).getByTestId("invoice-download").click(),
    ])
    return download
  }

  async openPrivacy() {
    await this.page.goto("/account/privacy")
    await expect(this.byTestId("delete-account-form")).toBeVisible()
  }

  async downloadExport(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.byTestId("export-data").click()])
    return download
  }

  async deleteAccount() {
    await this.byTestId("delete-confirm").fill("DELETE")
    await this.byTestId("delete-account").click()
    await expect(this.page.getByTestId("account-deleted")).toBeVisible()
  }
}
