// The local inbox: an SMTP catcher (smtp-server + mailparser) and a small web
// page listing every mail the shop sends. npm start / npm run dev run it when
// SMTP_URL is not set; the tests use it as their SMTP server.
// CommonJS so that both the launcher (ESM) and the jest suites can load it.
"use strict"

const crypto = require("node:crypto")
const http = require("node:http")
const { SMTPServer } = require("smtp-server")
const { simpleParser } = require("mailparser")

const DEFAULT_SMTP_PORT = 1025
const DEFAULT_WEB_PORT = 8025

function escapeHtml(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])
}

function addressText(address) {
  if (!address) return ""
  const list = Array.isArray(address) ? address : [address]
  return list.map((a) => a.text).join(", ")
}

function toMessage(parsed, envelope, raw) {
  return {
    id: crypto.randomUUID(),
    received_at: new Date().toISOString(),
    envelope_from: envelope.mailFrom ? envelope.mailFrom.address : null,
    envelope_to: envelope.rcptTo.map((r) => r.address),
    from: addressText(parsed.from),
    to: addressText(parsed.to),
    reply_to: addressText(parsed.replyTo),
    subject: parsed.subject || "",
    date: parsed.date ? parsed.date.toISOString() : null,
    text: parsed.text || "",
    html: typeof parsed.html === "string" ? parsed.html : "",
    attachments: (parsed.attachments || []).map((a) => ({
      filename: a.filename || "attachment",
      content_type: a.contentType || "application/octet-stream",
      size: a.size,
      content: a.content,
    })),
    size: raw,
  }
}

/** The public (JSON) view of a message: attachments without their bytes. */
function summary(message) {
  const { attachments, ...rest } = message
  return {
    ...rest,
    attachments: attachments.map((a, index) => ({
      index,
      filename: a.filename,
      content_type: a.content_type,
      size: a.size,
      url: `/messages/${message.id}/attachments/${index}`,
    })),
  }
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off("listening", onListening)
      reject(error)
    }
    const onListening = () => {
      server.off("error", onError)
      resolve(server.address().port)
    }
    server.once("error", onError)
    server.once("listening", onListening)
    server.listen(port, host)
  })
}

/** Listens on the wanted port, or on a free one when it is taken (and says so). */
async function listenWithFallback(server, port, host, fallback, log) {
  try {
    return await listen(server, port, host)
  } catch (error) {
    if (!fallback || error.code !== "EADDRINUSE" || port === 0) throw error
    log(`port ${port} is taken, using a free one`)
    return listen(server, 0, host)
  }
}

function page(title, body, { refresh = false } = {}) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
${refresh ? '<meta http-equiv="refresh" content="5">' : ""}
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
 body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1f2933}
 header{background:#1f3a5f;color:#fff;padding:12px 24px}header a{color:#fff;text-decoration:none}
 main{padding:16px 24px}table{border-collapse:collapse;width:100%;background:#fff}
 td,th{padding:8px 10px;border-bottom:1px solid #e4e7eb;text-align:left;font-size:14px}
 th{background:#eef0f3}a{color:#1f3a5f}.muted{color:#6b7280}
 iframe{width:100%;height:70vh;border:1px solid #e4e7eb;background:#fff}
 pre{white-space:pre-wrap;background:#fff;border:1px solid #e4e7eb;padding:12px}
 dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;padding:12px;border:1px solid #e4e7eb}
 dt{color:#6b7280}dd{margin:0}
</style></head>
<body><header><a href="/"><strong>Dev inbox</strong></a> <span class="muted">— every mail the shop sends while SMTP_URL is not set</span></header>
<main>${body}</main></body></html>`
}

/**
 * Starts the inbox. Options: smtpPort, webPort (0 = any free port), host
 * (127.0.0.1), fallback (take a free port when the wanted one is taken),
 * maxMessages, log. Resolves to { smtpUrl, webUrl, messages, waitFor, clear, stop }.
 */
async function startDevInbox(options = {}) {
  const host = options.host || "127.0.0.1"
  const maxMessages = options.maxMessages || 500
  const log = options.log || (() => undefined)
  const messages = []
  const waiters = new Set()

  const store = (message) => {
    messages.push(message)
    if (messages.length > maxMessages) messages.splice(0, messages.length - maxMessages)
    for (const waiter of [...waiters]) waiter()
  }

  const smtp = new SMTPServer({
    name: "dev-inbox",
    banner: "dev inbox: mails are kept in memory and shown on the web page",
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    size: 25 * 1024 * 1024,
    logger: false,
    onAuth(auth, session, callback) {
      callback(null, { user: auth.username || "dev" })
    },
    onData(stream, session, callback) {
      let size = 0
      stream.on("data", (chunk) => (size += chunk.length))
      simpleParser(stream)
        .then((parsed) => {
          store(toMessage(parsed, session.envelope, size))
          callback()
        })
        .catch((error) => callback(error))
    },
  })
  smtp.on("error", (error) => log(`smtp error: ${error.message}`))

  const web = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://inbox")
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { "Content-Type": type, "X-Content-Type-Options": "nosniff", ...headers })
      res.end(body)
    }
    const find = (id) => messages.find((m) => m.id === id)
    const parts = url.pathname.split("/").filter(Boolean)

    if (req.method === "DELETE" && url.pathname === "/api/messages") {
      messages.length = 0
      return send(204, "text/plain", "")
    }
    if (req.method !== "GET") return send(405, "text/plain", "method not allowed")

    if (url.pathname === "/api/messages") {
      return send(200, "application/json", JSON.stringify({ messages: messages.map(summary) }))
    }
    if (url.pathname === "/") {
      const rows = [...messages]
        .reverse()
        .map(
          (m) => `<tr><td class="muted">${escapeHtml(new Date(m.received_at).toLocaleString())}</td>
<td>${escapeHtml(m.to)}</td><td><a href="/messages/${m.id}">${escapeHtml(m.subject || "(no subject)")}</a></td>
<td>${m.attachments.length ? `${m.attachments.length} 📎` : ""}</td></tr>`
        )
        .join("")
      return send(
        200,
        "text/html; charset=utf-8",
        page(
          "Dev inbox",
          messages.length
            ? `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
            : `<p class="muted">No mail yet. Place an order or register in the shop and it shows up here.</p>`,
          { refresh: true }
        )
      )
    }
    if (parts[0] === "messages" && parts[1]) {
      const message = find(parts[1])
      if (!message) return send(404, "text/plain", "not found")
      if (parts.length === 2) {
        const attachments = message.attachments
          .map(
            (a, i) =>
              `<li><a href="/messages/${message.id}/attachments/${i}">${escapeHtml(a.filename)}</a> <span class="muted">${escapeHtml(a.content_type)}, ${a.size} bytes</span></li>`
          )
          .join("")
        const body = `<p><a href="/">← all mails</a></p>
<h2>${escapeHtml(message.subject || "(no subject)")}</h2>
<dl><dt>From</dt><dd>${escapeHtml(message.from)}</dd><dt>To</dt><dd>${escapeHtml(message.to)}</dd>
${message.reply_to ? `<dt>Reply to</dt><dd>${escapeHtml(message.reply_to)}</dd>` : ""}
<dt>Date</dt><dd>${escapeHtml(message.date || message.received_at)}</dd></dl>
${attachments ? `<h3>Attachments</h3><ul>${attachments}</ul>` : ""}
${message.html ? `<h3>HTML</h3><iframe sandbox="" referrerpolicy="no-referrer" src="/messages/${message.id}/html" title="mail body"></iframe>` : ""}
<h3>Text</h3><pre>${escapeHtml(message.text)}</pre>`
        return send(200, "text/html; charset=utf-8", page(message.subject || "Mail", body))
      }
      if (parts[2] === "html" && parts.length === 3) {
        // Shown only inside the sandboxed iframe; the CSP sandbox also covers a direct visit.
        return send(200, "text/html; charset=utf-8", message.html || "", {
          "Content-Security-Policy": "sandbox; default-src 'none'; img-src data: cid:; style-src 'unsafe-inline'",
        })
      }
      if (parts[2] === "attachments" && parts.length === 4) {
        const attachment = message.attachments[Number(parts[3])]
        if (!attachment) return send(404, "text/plain", "not found")
        const filename = attachment.filename.replace(/[^A-Za-z0-9._-]/g, "_")
        return send(200, attachment.content_type, attachment.content, {
          "Content-Disposition": `attachment; filename="${filename}"`,
          "Content-Length": String(attachment.content.length),
        })
      }
    }
    return send(404, "text/plain", "not found")
  })

  const smtpPort = await listenWithFallback(
    smtp.server,
    options.smtpPort ?? DEFAULT_SMTP_PORT,
    host,
    options.fallback !== false,
    (m) => log(`smtp: ${m}`)
  )
  let webPort
  try {
    webPort = await listenWithFallback(web, options.webPort ?? DEFAULT_WEB_PORT, host, options.fallback !== false, (m) => log(`web: ${m}`))
  } catch (error) {
    await new Promise((resolve) => smtp.close(resolve))
    throw error
  }

  return {
    smtpPort,
    webPort,
    smtpUrl: `smtp://${host}:${smtpPort}`,
    webUrl: `http://${host}:${webPort}`,
    messages,
    /** Resolves with the first message matching predicate (already received or arriving within timeoutMs). */
    waitFor(predicate, timeoutMs = 20000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate)
          if (found) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve(found)
            return true
          }
          return false
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no matching mail within ${timeoutMs} ms (inbox has ${messages.length})`))
        }, timeoutMs)
        if (!check()) waiters.add(check)
      })
    },
    clear() {
      messages.length = 0
    },
    async stop() {
      web.closeAllConnections?.()
      await Promise.all([new Promise((resolve) => web.close(() => resolve())), new Promise((resolve) => smtp.close(() => resolve()))])
    },
  }
}

module.exports = { startDevInbox, escapeHtml, DEFAULT_SMTP_PORT, DEFAULT_WEB_PORT }

// `node bin/lib/dev-inbox.cjs` runs the inbox alone (INBOX_SMTP_PORT / INBOX_WEB_PORT).
if (require.main === module) {
  startDevInbox({
    smtpPort: Number(process.env.INBOX_SMTP_PORT || DEFAULT_SMTP_PORT),
    webPort: Number(process.env.INBOX_WEB_PORT || DEFAULT_WEB_PORT),
    log: (m) => console.log(`dev inbox: ${m}`),
  }).then((inbox) => {
    console.log(`dev inbox: SMTP ${inbox.smtpUrl}, web ${inbox.webUrl}`)
    const stop = () => inbox.stop().then(() => process.exit(0))
    process.on("SIGINT", stop)
    process.on("SIGTERM", stop)
  })
}
