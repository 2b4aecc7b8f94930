import { MedusaError } from "@medusajs/framework/utils"

export const CAPTURE_MODES = ["on_shipment", "manual", "automatic"] as const
export type CaptureMode = (typeof CAPTURE_MODES)[number]

/** Options of the mock-card provider, set in medusa-config.ts. */
export type MockCardOptions = {
  /**
   * "on_shipment" (default) authorizes at checkout and captures when the order's
   * first shipment is created (src/subscribers/shipment-created.ts), as card
   * schemes expect of goods that are shipped; "manual" waits for the admin's
   * Capture; "automatic" captures at authorization.
   */
  capture?: CaptureMode
  /** Absolute URL of this backend, used to build the 3-D Secure challenge link. */
  backend_url?: string
  /** How long the processor "hangs" before answering the processing-error card (ms, default 1500). */
  processing_delay_ms?: number
  /** Shared secret for signed webhooks; without it, webhooks are ignored. */
  webhook_secret?: string
}

export type ResolvedMockCardOptions = {
  capture: CaptureMode
  backendUrl: string
  processingDelayMs: number
  webhookSecret: string | null
}

const DEFAULT_BACKEND_URL = "http://127.0.0.1:9000"
const MAX_PROCESSING_DELAY_MS = 30000

/** Throws INVALID_ARGUMENT at start-up for options the provider cannot work with. */
export function resolveOptions(options: Record<string, unknown> = {}): ResolvedMockCardOptions {
  const problems: string[] = []

  const capture = options.capture ?? "on_shipment"
  if (typeof capture !== "string" || !(CAPTURE_MODES as readonly string[]).includes(capture)) {
    problems.push(`capture must be "on_shipment", "manual" or "automatic"`)
  }

  const backendUrl = options.backend_url ?? DEFAULT_BACKEND_URL
  if (typeof backendUrl !== "string" || !/^https?:\/\/[^\s/]+/.test(backendUrl)) {
    problems.push("backend_url must be an absolute http(s) URL")
  }

  const delay = options.processing_delay_ms ?? 1500
  if (typeof delay !== "number" || !Number.isInteger(delay) || delay < 0 || delay > MAX_PROCESSING_DELAY_MS) {
    problems.push(`processing_delay_ms must be an integer between 0 and ${MAX_PROCESSING_DELAY_MS}`)
  }

  const secret = options.webhook_secret
  if (secret !== undefined && secret !== null && (typeof secret !== "string" || secret.length < 16)) {
    problems.push("webhook_secret must be a string of at least 16 characters")
  }

  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `mock-card provider options: ${problems.join("; ")}.`)
  }
  return {
    capture: capture as CaptureMode,
    backendUrl: String(backendUrl).replace(/\/+$/, ""),
    processingDelayMs: delay as number,
    webhookSecret: typeof secret === "string" ? secret : null,
  }
}
