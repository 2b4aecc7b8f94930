import type { Page, TestInfo } from "@playwright/test"

/** Saves numbered full-page screenshots into the test's output folder and attaches them to the report. */
export class Screenshots {
  private count = 0
  constructor(
    private readonly page: Page,
    private readonly testInfo: TestInfo
  ) {}

  async take(name: string): Promise<void> {
    this.count += 1
    const file = this.testInfo.outputPath(`${String(this.count).padStart(2, "0")}-${name}.png`)
    await this.page.screenshot({ path: file, fullPage: true })
    await this.testInfo.attach(name, { path: file, contentType: "image/png" })
  }
}

export abstract class BasePage {
  constructor(
    readonly page: Page,
    protected readonly shots: Screenshots
  ) {}

  protected byTestId(id: string) {
    return this.page.getByTestId(id)
  }

  /** The header's cart badge. */
  cartCount() {
    return this.byTestId("cart-count")
  }

  screenshot(name: string) {
    return this.shots.take(name)
  }
}
