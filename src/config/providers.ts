/**
 * File and payment providers, chosen by the environment like the mail
 * providers (notifications.ts): the local ones by default, the hosted ones
 * when their credentials are set. Medusa validates each provider's options
 * only when it loads; a half-configured S3 or Stripe is refused here, at
 * start-up, with the names of the missing variables.
 */
export type ProviderConfig = { resolve: string; id: string; options: Record<string, unknown> }

const S3_REQUIRED = ["S3_BUCKET", "S3_REGION", "S3_FILE_URL", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const

/**
 * Any S3_* variable → @medusajs/file-s3 for every upload (product images, the
 * invoice logo); otherwise files stay on local disk in `uploadDir`, served at
 * `<backendUrl>/static`. S3_ENDPOINT and S3_FORCE_PATH_STYLE serve
 * S3-compatible stores (MinIO, R2).
 */
export function fileProviders(env: NodeJS.ProcessEnv, local: { uploadDir: string; backendUrl: string }): ProviderConfig[] {
  const configured = Object.keys(env).some((name) => name.startsWith("S3_") && env[name])
  if (!configured) {
    return [
      { resolve: "@medusajs/medusa/file-local", id: "local", options: { upload_dir: local.uploadDir, backend_url: `${local.backendUrl}/static` } },
    ]
  }
  const missing = S3_REQUIRED.filter((name) => !env[name])
  if (missing.length) {
    throw new Error(`S3 file storage is half configured: set ${missing.join(", ")} (or unset every S3_* variable to keep files on local disk)`)
  }
  return [
    {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        file_url: env.S3_FILE_URL,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        region: env.S3_REGION,
        bucket: env.S3_BUCKET,
        ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
        ...(env.S3_PREFIX ? { prefix: env.S3_PREFIX } : {}),
        ...(env.S3_FORCE_PATH_STYLE === "true" ? { additional_client_config: { forcePathStyle: true } } : {}),
      },
    },
  ]
}

/**
 * The mock card processor (plugins/payment-mock) always: it is the default and
 * what the tests pay with. STRIPE_API_KEY adds Stripe (`pp_stripe_stripe` and
 * Medusa's other Stripe methods) beside it; a region offers it once the admin
 * adds it under Settings → Regions. Medusa's system provider ("pay on
 * invoice") is always registered by the payment module itself.
 */
export function paymentProviders(env: NodeJS.ProcessEnv, mockCardOptions: Record<string, unknown>): ProviderConfig[] {
  const mockCard = { resolve: "@shop/payment-mock/providers/mock-card", id: "mock-card", options: mockCardOptions }
  if (!env.STRIPE_API_KEY) {
    if (env.STRIPE_WEBHOOK_SECRET) throw new Error("STRIPE_WEBHOOK_SECRET is set without STRIPE_API_KEY")
    return [mockCard]
  }
  if (!env.STRIPE_WEBHOOK_SECRET) {
    // Without it Stripe's webhooks (3-D Secure, late captures) cannot be verified and orders stay pending.
    throw new Error("STRIPE_API_KEY is set without STRIPE_WEBHOOK_SECRET (the signing secret of the webhook endpoint /hooks/payment/stripe_stripe)")
  }
  return [
    mockCard,
    {
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: {
        apiKey: env.STRIPE_API_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET,
        capture: env.STRIPE_CAPTURE === "automatic",
        automaticPaymentMethods: env.STRIPE_AUTOMATIC_PAYMENT_METHODS === "true",
      },
    },
  ]
}
