import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { createTransport } from "nodemailer"
import type { Mail, SMTPSentMessageInfo, SMTPTransportOptions } from "nodemailer"

export type SmtpProviderOptions = {
  /** smtp://user:pass@host:port or smtps://… (nodemailer connection URL). */
  url: string
  /** Default sender, e.g. "Medusa Shop <shop@example.com>". */
  from: string
  /** Seconds to wait for the server before a send counts as failed (and is retried later). */
  timeout_seconds?: number
}

type InjectedDependencies = { logger: Logger }

/**
 * Sends Medusa notifications on the "email" channel through SMTP with
 * nodemailer. The HTML and text come rendered in `content` (see the send-email
 * workflow); attachments are base64.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  protected readonly logger_: Logger
  protected readonly options_: SmtpProviderOptions
  protected readonly transporter_: Mail<SMTPSentMessageInfo, SMTPTransportOptions>

  static validateOptions(options: Record<string, unknown>): void {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `url` (smtp://host:port)")
    }
    if (typeof options.from !== "string" || options.from.trim() === "") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `from` (SMTP_FROM)")
    }
  }

  constructor({ logger }: InjectedDependencies, options: SmtpProviderOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
    const timeout = (options.timeout_seconds ?? 15) * 1000
    this.transporter_ = createTransport({
      url: options.url,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout * 2,
    })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const content = notification.content
    if (!content?.subject || !(content.html || content.text)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Email "${notification.template}" has no rendered content: send it through the send-email workflow`
      )
    }
    const replyTo = notification.provider_data?.reply_to
    const info = await this.transporter_.sendMail({
      from: notification.from?.trim() || this.options_.from,
      to: notification.to,
      replyTo: typeof replyTo === "string" && replyTo ? replyTo : undefined,
      subject: content.subject,
      html: content.html,
      text: content.text,
      attachments: (notification.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: a.content,
        encoding: "base64",
        contentType: a.content_type,
        contentDisposition: a.disposition === "inline" ? "inline" : "attachment",
        cid: a.id,
      })),
    })
    this.logger_.debug(`smtp: sent "${content.subject}" to ${notification.to} (${info.messageId})`)
    return { id: info.messageId }
  }
}
