import { expect } from "@playwright/test"

export type InboxMessage = {
  id: string
  to: string
  subject: string
  text: string
  html: string
  attachments: { index: number; filename: string; content_type: string; size: number; url: string }[]
}

/** The stack's dev inbox (bin/lib/dev-inbox.cjs), read through its JSON API. */
export class MailInbox {
  constructor(private readonly baseUrl = process.env.E2E_INBOX_URL ?? "") {}

  async messages(): Promise<InboxMessage[]> {
    const res = await fetch(`${this.baseUrl}/api/messages`)
    expect(res.ok, "the dev inbox answers").toBe(true)
    return ((await res.json()) as { messages: InboxMessage[] }).messages
  }

  /** Waits until a mail to `to` whose subject matches arrives, and returns it. */
  async waitFor(to: string, subject: RegExp, timeoutMs = 30_000): Promise<InboxMessage> {
    let found: InboxMessage | undefined
    await expect
      .poll(
        async () => {
          found = (await this.messages()).find(
            (m) => m.to.toLowerCase().includes(to.toLowerCase()) && subject.test(m.subject)
          )
          return !!found
        },
        { timeout: timeoutMs, message: `a mail to ${to} with subject ${subject}` }
      )
      .toBe(true)
    return found as InboxMessage
  }

  /** Opens the mail in the inbox's own web page (for the screenshot). */
  pageUrl(message: InboxMessage): string {
    return `${this.baseUrl}/messages/${message.id}`
  }
}
