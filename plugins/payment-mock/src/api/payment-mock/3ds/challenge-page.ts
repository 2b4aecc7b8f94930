/**
 * The issuer's 3-D Secure page, as plain server-rendered HTML. Every value
 * that reaches the page goes through `escapeHtml`.
 */

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

/**
 * The storefront origins that may frame the page (it opens in the checkout's
 * iframe): STORE_CORS when set, else STOREFRONT_URL and the loopback
 * storefront, as medusa-config.ts allows them for CORS. Nobody else can frame
 * it, so its Approve button cannot be clickjacked.
 */
export function storefrontOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const storefront = env.STOREFRONT_URL || "http://127.0.0.1:8000"
  const listed = env.STORE_CORS || `${storefront},http://localhost:8000,http://127.0.0.1:8000`
  const origins = new Set<string>()
  for (const entry of listed.split(",")) {
    try {
      const url = new URL(entry.trim())
      if (url.protocol === "http:" || url.protocol === "https:") origins.add(url.origin)
    } catch {
      // A pattern (Medusa's CORS allows regular expressions) names no single origin to list.
    }
  }
  return [...origins]
}

/** No scripts, no external resources, forms only back to this page, never cached, framed only by the storefront. */
export function challengePageHeaders(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const ancestors = storefrontOrigins(env)
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors ${ancestors.length ? ancestors.join(" ") : "'none'"}`,
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
  }
}

export type ChallengeView = {
  amount: string
  currencyCode: string
  brand: string
  last4: string
  status: "pending" | "approved" | "failed"
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1f2937; }
  .card { border: 1px solid #d1d5db; border-radius: .5rem; padding: 1.5rem; }
  .row { display: flex; gap: .75rem; margin-top: 1.5rem; }
  button { flex: 1; padding: .75rem; border-radius: .375rem; border: 1px solid #9ca3af; font-size: 1rem; cursor: pointer; }
  button[value=approve] { background: #065f46; color: #fff; border-color: #065f46; }
  .muted { color: #6b7280; font-size: .875rem; }
</style>
</head>
<body><main class="card">${body}</main></body>
</html>`
}

export function renderChallengePage(view: ChallengeView, actionPath: string): string {
  const amount = `${escapeHtml(view.amount)} ${escapeHtml(view.currencyCode.toUpperCase())}`
  const card = `${escapeHtml(view.brand)} •••• ${escapeHtml(view.last4)}`
  if (view.status !== "pending") {
    return renderAnsweredPage(view)
  }
  return layout(
    "3-D Secure verification",
    `<h1>Confirm your payment</h1>
<p>Your card issuer asks you to confirm a payment of <strong data-testid="challenge-amount">${amount}</strong>
with your card <strong data-testid="challenge-card">${card}</strong>.</p>
<p class="muted">Mock card processor: choose the result the issuer should report.</p>
<form method="post" action="${escapeHtml(actionPath)}" class="row">
  <button type="submit" name="decision" value="approve" data-testid="challenge-approve">Approve</button>
  <button type="submit" name="decision" value="fail" data-testid="challenge-fail">Fail</button>
</form>`
  )
}

export function renderAnsweredPage(view: ChallengeView): string {
  const approved = view.status === "approved"
  return layout(
    approved ? "Payment confirmed" : "Payment not confirmed",
    `<h1 data-testid="challenge-result" data-status="${escapeHtml(view.status)}">${
      approved ? "Payment confirmed" : "Payment not confirmed"
    }</h1>
<p>${
      approved
        ? "You can return to the shop and place your order."
        : "The verification failed and your card was not charged. Return to the shop to try another card."
    }</p>`
  )
}

export function renderErrorPage(message: string): string {
  return layout("3-D Secure verification", `<h1>Verification unavailable</h1><p>${escapeHtml(message)}</p>`)
}
