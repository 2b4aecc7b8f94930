// Mail for local runs: with SMTP_URL (or SENDGRID_API_KEY) set, the shop uses
// it and nothing starts; otherwise the dev inbox catches every mail on
// 127.0.0.1 (SMTP 1025, web 8025; INBOX_SMTP_PORT / INBOX_WEB_PORT override,
// a taken port falls back to a free one) and SMTP_URL points Medusa to it.
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const { startDevInbox, DEFAULT_SMTP_PORT, DEFAULT_WEB_PORT } = require("./dev-inbox.cjs")

/** Starts the inbox when needed and adds SMTP_URL/SMTP_FROM to env. Returns { inbox, banner }. */
export async function prepareMail(env, { log = () => undefined } = {}) {
  if (process.env.SENDGRID_API_KEY) {
    return { inbox: null, banner: "SendGrid (SENDGRID_API_KEY)" }
  }
  if (process.env.SMTP_URL) {
    return { inbox: null, banner: `SMTP_URL (${new URL(process.env.SMTP_URL).host})` }
  }
  const inbox = await startDevInbox({
    smtpPort: Number(process.env.INBOX_SMTP_PORT || DEFAULT_SMTP_PORT),
    webPort: Number(process.env.INBOX_WEB_PORT || DEFAULT_WEB_PORT),
    log,
  })
  env.SMTP_URL = inbox.smtpUrl
  env.SMTP_FROM = process.env.SMTP_FROM || "Medusa Shop <shop@localhost>"
  return { inbox, banner: `${inbox.webUrl}   (dev inbox, SMTP ${inbox.smtpUrl})` }
}
