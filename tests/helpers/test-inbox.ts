// An SMTP inbox for a test file: the app under test mails to it through the
// notifications plugin's SMTP provider (the same path as production), and the
// test reads what arrived. Call useTestInbox() at the top of the spec, before
// medusaIntegrationTestRunner starts the app (the provider reads SMTP_URL then).

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startDevInbox } = require("../../bin/lib/dev-inbox.cjs")

export type InboxMessage = {
  id: string
  to: string
  subject: string
  text: string
  html: string
  reply_to: string
  attachments: { filename: string; content_type: string; size: number; content: Buffer }[]
}

type DevInbox = {
  messages: InboxMessage[]
  waitFor: (predicate: (m: InboxMessage) => boolean, timeoutMs?: number) => Promise<InboxMessage>
  stop: () => Promise<void>
}

export type TestInbox = {
  /** The first mail matching, already received or arriving within timeoutMs. */
  waitFor: (predicate: (m: InboxMessage) => boolean, timeoutMs?: number) => Promise<InboxMessage>
  /** Every mail received so far that matches. */
  find: (predicate: (m: InboxMessage) => boolean) => InboxMessage[]
  /** Takes the SMTP server down (its port refuses connections), for "SMTP is down" tests. */
  stop: () => Promise<void>
  /** Brings it back on the same port, with an empty mailbox. */
  start: () => Promise<void>
}

/** Points the app's SMTP at an in-memory inbox on `smtpPort` for this test file and starts it in beforeAll. */
export function useTestInbox(smtpPort: number): TestInbox {
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
  process.env.SMTP_FROM = process.env.SMTP_FROM || "Medusa Shop <shop@test.local>"
  let inbox: DevInbox | null = null
  const start = async () => {
    inbox = (await startDevInbox({ smtpPort, webPort: 0, fallback: false })) as DevInbox
  }
  const stop = async () => {
    await inbox?.stop()
    inbox = null
  }
  beforeAll(start)
  afterAll(stop)
  const started = (): DevInbox => {
    if (!inbox) throw new Error("the test inbox is not started (useTestInbox must run at the top of the spec)")
    return inbox
  }
  return {
    waitFor: (predicate, timeoutMs = 30000) => started().waitFor(predicate, timeoutMs),
    find: (predicate) => started().messages.filter(predicate),
    stop,
    start,
  }
}
