import MockCardProviderService from "../service"
import { signWebhook, verifyWebhookSignature } from "../webhook"

const SECRET = "whsec_test_0123456789abcdef"

function provider(options: Record<string, unknown>) {
  const warnings: string[] = []
  const logger = { warn: (m: string) => void warnings.push(m), debug: () => undefined }
  return { service: new MockCardProviderService({ logger }, options), warnings }
}

function event(type: string) {
  return JSON.stringify({ id: "evt_1", type, data: { session_id: "payses_1", amount: 1890, currency_code: "eur" } })
}

describe("mock-card webhooks", () => {
  const now = Math.floor(Date.now() / 1000)

  it("verifies a fresh signature over the exact body", () => {
    const body = event("payment.captured")
    expect(verifyWebhookSignature(SECRET, body, signWebhook(SECRET, body, now), now)).toBe(true)
    expect(verifyWebhookSignature(SECRET, body + " ", signWebhook(SECRET, body, now), now)).toBe(false)
    expect(verifyWebhookSignature("another-secret-value", body, signWebhook(SECRET, body, now), now)).toBe(false)
    expect(verifyWebhookSignature(SECRET, body, signWebhook(SECRET, body, now - 600), now)).toBe(false)
    expect(verifyWebhookSignature(SECRET, body, "t=1,v1=zz", now)).toBe(false)
    expect(verifyWebhookSignature(SECRET, body, undefined, now)).toBe(false)
  })

  it("maps signed events to Medusa's payment actions, amounts back to major units", async () => {
    const { service } = provider({ webhook_secret: SECRET })
    const body = event("payment.captured")
    const result = await service.getWebhookActionAndData({
      data: JSON.parse(body),
      rawData: Buffer.from(body),
      headers: { "mock-card-signature": signWebhook(SECRET, body, now) },
    })
    expect(result).toEqual({ action: "captured", data: { session_id: "payses_1", amount: "18.9" } })
  })

  it("ignores unsigned events, and every event when no secret is configured", async () => {
    const body = event("payment.authorized")
    const signed = { data: JSON.parse(body), rawData: body, headers: { "mock-card-signature": signWebhook(SECRET, body, now) } }

    const withSecret = provider({ webhook_secret: SECRET })
    expect(await withSecret.service.getWebhookActionAndData({ ...signed, headers: {} })).toEqual({ action: "not_supported" })
    expect(withSecret.warnings[0]).toMatch(/signature is missing or invalid/)

    const withoutSecret = provider({})
    expect(await withoutSecret.service.getWebhookActionAndData(signed)).toEqual({ action: "not_supported" })
    expect(withoutSecret.warnings[0]).toMatch(/no webhook_secret/)
  })

  it("refuses options it cannot work with at start-up", () => {
    expect(() => MockCardProviderService.validateOptions({ capture: "sometimes" })).toThrow(/capture must be/)
    expect(() => MockCardProviderService.validateOptions({ backend_url: "ftp://x" })).toThrow(/backend_url/)
    expect(() => MockCardProviderService.validateOptions({ processing_delay_ms: -1 })).toThrow(/processing_delay_ms/)
    expect(() => MockCardProviderService.validateOptions({ webhook_secret: "short" })).toThrow(/webhook_secret/)
    expect(() => MockCardProviderService.validateOptions({ capture: "automatic" })).not.toThrow()
  })
})
