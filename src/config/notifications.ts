/**
 * Which notification providers the store uses, from the environment:
 * SENDGRID_API_KEY → SendGrid for "email"; otherwise SMTP_URL → our SMTP
 * provider (npm start points it at the local dev inbox); neither → Medusa's
 * local provider, which only logs the mail. "feed" (admin notifications)
 * always goes to the local provider.
 */
export type NotificationProviderConfig = { resolve: string; id: string; options: Record<string, unknown> }

export function notificationProviders(env: NodeJS.ProcessEnv): NotificationProviderConfig[] {
  const shopFrom = "Medusa Shop <shop@localhost>"
  const feed = { resolve: "@medusajs/medusa/notification-local", id: "local-feed", options: { channels: ["feed"] } }
  if (env.SENDGRID_API_KEY) {
    return [
      {
        resolve: "@medusajs/medusa/notification-sendgrid",
        id: "sendgrid",
        options: { channels: ["email"], api_key: env.SENDGRID_API_KEY, from: env.SENDGRID_FROM || env.SMTP_FROM || shopFrom },
      },
      feed,
    ]
  }
  if (env.SMTP_URL) {
    return [
      {
        resolve: "@shop/notifications/providers/smtp",
        id: "smtp",
        options: { channels: ["email"], url: env.SMTP_URL, from: env.SMTP_FROM || shopFrom },
      },
      feed,
    ]
  }
  return [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email", "feed"] } }]
}
