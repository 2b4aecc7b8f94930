import { expect } from "@playwright/test"

/**
 * What the merchant does in the Medusa admin, through the admin API the admin
 * dashboard itself calls (the browser tests exercise the shopper's side in the
 * browser; the merchant's part only has to happen).
 */
export class MerchantApi {
  private token: string | null = null

  constructor(
    private readonly baseUrl = process.env.E2E_BACKEND_URL ?? "",
    private readonly email = "admin@shop.test",
    private readonly password = "shop-admin-2026"
  ) {}

  private async login(): Promise<string> {
    if (this.token) return this.token
    const res = await fetch(`${this.baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: this.email, password: this.password }),
    })
    expect(res.status, "admin login").toBe(200)
    this.token = ((await res.json()) as { token: string }).token
    return this.token
  }

  async call<T = Record<string, unknown>>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const token = await this.login()
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await res.json().catch(() => null)) as T
    expect(res.status, `${method} ${path}: ${JSON.stringify(json)}`).toBe(200)
    return json
  }

  /** The order's id from its display number (as the merchant finds it in the order list). */
  async orderIdOf(displayId: string | number): Promise<string> {
    const { orders } = await this.call<{ orders: { id: string; display_id: number }[] }>(
      "GET",
      `/admin/orders?fields=id,display_id&limit=100&order=-created_at`
    )
    const order = orders.find((o) => String(o.display_id) === String(displayId))
    expect(order, `order #${displayId} in the admin`).toBeTruthy()
    return order!.id
  }

  /** Fulfils every item with manual fulfillment and ships it with the carrier and tracking number. */
  async ship(orderId: string, carrier: string, trackingNumber: string): Promise<void> {
    type Order = { items: { id: string; quantity: number }[]; fulfillments?: { id: string; items: { line_item_id: string; quantity: number }[] }[] }
    const fields = "id,*items,*fulfillments,*fulfillments.items"
    const before = (await this.call<{ order: Order }>("GET", `/admin/orders/${orderId}?fields=${fields}`)).order
    await this.call("POST", `/admin/orders/${orderId}/fulfillments`, {
      items: before.items.map((i) => ({ id: i.id, quantity: Number(i.quantity) })),
    })
    const after = (await this.call<{ order: Order }>("GET", `/admin/orders/${orderId}?fields=${fields}`)).order
    const known = new Set((before.fulfillments ?? []).map((f) => f.id))
    const fulfillment = (after.fulfillments ?? []).find((f) => !known.has(f.id))
    expect(fulfillment, "the new fulfillment").toBeTruthy()
    await this.call("POST", `/admin/orders/${orderId}/fulfillments/${fulfillment!.id}/shipments`, {
      items: fulfillment!.items.map((i) => ({ id: i.line_item_id, quantity: Number(i.quantity) })),
      labels: [{ tracking_number: trackingNumber, tracking_url: "", label_url: "" }],
      additional_data: { carrier },
    })
  }

  /** The support inbox's newest request with this subject. */
  async supportRequestBySubject(subject: string): Promise<{ id: string; subject: string; order_id: string | null }> {
    const { support_requests } = await this.call<{ support_requests: { id: string; subject: string; order_id: string | null }[] }>(
      "GET",
      "/admin/support-requests?limit=50"
    )
    const found = support_requests.find((r) => r.subject === subject)
    expect(found, `support request "${subject}" in the admin inbox`).toBeTruthy()
    return found!
  }

  async replyToSupportRequest(id: string, message: string): Promise<void> {
    await this.call("POST", `/admin/support-requests/${id}/messages`, { message })
  }
}
