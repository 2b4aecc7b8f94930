import { fileProviders, paymentProviders } from "../../src/config/providers"
import type { ProviderConfig } from "../../src/config/providers"
import { notificationProviders } from "../../src/config/notifications"

/**
 * The hosted providers are wired by configuration only, so no other test
 * loads them. Here each one is resolved the way Medusa resolves it (the
 * `resolve` path through @medusajs/medusa's exports), its options validated
 * and its service constructed with dummy credentials: no network is used,
 * since none of them connects before its first call.
 */
type ProviderService = {
  new (container: Record<string, unknown>, options: Record<string, unknown>): object
  identifier: string
  validateOptions?: (options: Record<string, unknown>) => void
}
type ModuleProvider = { default: { services: ProviderService[] } }

const logger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined }
const local = { uploadDir: "/tmp/uploads", backendUrl: "https://shop.example" }

function load(provider: ProviderConfig, identifier: string): object {
  const loaded = require(provider.resolve) as ModuleProvider
  const Service = loaded.default.services.find((s) => s.identifier === identifier)
  if (!Service) throw new Error(`${provider.resolve} has no service "${identifier}"`)
  Service.validateOptions?.(provider.options)
  return new Service({ logger }, provider.options)
}

const S3_ENV = {
  S3_BUCKET: "shop-uploads",
  S3_REGION: "eu-central-1",
  S3_FILE_URL: "https://shop-uploads.s3.eu-central-1.amazonaws.com",
  S3_ACCESS_KEY_ID: "AKIADUMMY",
  S3_SECRET_ACCESS_KEY: "dummy-secret",
}

describe("file providers by configuration", () => {
  it("without S3_* the files stay on local disk, served at <backend>/static", () => {
    expect(fileProviders({}, local)).toEqual([
      { resolve: "@medusajs/medusa/file-local", id: "local", options: { upload_dir: "/tmp/uploads", backend_url: "https://shop.example/static" } },
    ])
  })

  it("with S3_* @medusajs/file-s3 resolves, accepts the options and is the only file provider", () => {
    const providers = fileProviders({ ...S3_ENV, S3_ENDPOINT: "http://minio:9000", S3_FORCE_PATH_STYLE: "true" }, local)
    expect(providers.map((p) => p.resolve)).toEqual(["@medusajs/medusa/file-s3"])
    expect(providers[0].options).toMatchObject({ bucket: "shop-uploads", endpoint: "http://minio:9000", additional_client_config: { forcePathStyle: true } })
    expect(load(providers[0], "s3")).toBeDefined()
  })

  it("a half-configured S3 is refused at start-up, naming what is missing", () => {
    expect(() => fileProviders({ S3_BUCKET: "shop-uploads" }, local)).toThrow(
      "S3 file storage is half configured: set S3_REGION, S3_FILE_URL, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY"
    )
  })

  it("file-s3 itself refuses options without credentials (the check our own guard mirrors)", () => {
    const [provider] = fileProviders(S3_ENV, local)
    expect(() => load({ ...provider, options: { ...provider.options, secret_access_key: undefined } }, "s3")).toThrow(/secret access key are required/)
  })
})

describe("payment providers by configuration", () => {
  const mockCard = { capture: "manual" }

  it("without STRIPE_API_KEY only the mock card (the default and the tests' provider)", () => {
    expect(paymentProviders({}, mockCard).map((p) => p.id)).toEqual(["mock-card"])
  })

  it("with STRIPE_API_KEY @medusajs/payment-stripe resolves beside the mock card and accepts the options", () => {
    const providers = paymentProviders({ STRIPE_API_KEY: "sk_test_dummy", STRIPE_WEBHOOK_SECRET: "whsec_dummy", STRIPE_CAPTURE: "automatic" }, mockCard)
    expect(providers.map((p) => p.id)).toEqual(["mock-card", "stripe"])
    const stripe = providers[1]
    expect(stripe).toMatchObject({ resolve: "@medusajs/medusa/payment-stripe", options: { apiKey: "sk_test_dummy", webhookSecret: "whsec_dummy", capture: true } })
    expect(load(stripe, "stripe")).toBeDefined()
    // Medusa's own check of the options, which the module loader runs.
    const loaded = require(stripe.resolve) as ModuleProvider
    const Service = loaded.default.services.find((s) => s.identifier === "stripe")
    expect(() => Service?.validateOptions?.({ webhookSecret: "whsec_dummy" })).toThrow("Required option `apiKey` is missing")
  })

  it("Stripe without its webhook secret, or a secret without a key, is refused at start-up", () => {
    expect(() => paymentProviders({ STRIPE_API_KEY: "sk_test_dummy" }, mockCard)).toThrow(/without STRIPE_WEBHOOK_SECRET/)
    expect(() => paymentProviders({ STRIPE_WEBHOOK_SECRET: "whsec_dummy" }, mockCard)).toThrow(/without STRIPE_API_KEY/)
  })
})

describe("mail providers by configuration", () => {
  it("with SENDGRID_API_KEY @medusajs/notification-sendgrid resolves and accepts the options", () => {
    const [sendgrid] = notificationProviders({ SENDGRID_API_KEY: "SG.dummy", SENDGRID_FROM: "shop@example.com" })
    expect(sendgrid).toMatchObject({ resolve: "@medusajs/medusa/notification-sendgrid", options: { api_key: "SG.dummy", from: "shop@example.com" } })
    expect(load(sendgrid, "notification-sendgrid")).toBeDefined()
  })
})
