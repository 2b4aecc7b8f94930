import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"

/** The processor's record kept in a payment's data (providers/mock-card/payment-data.ts). */
type MockCardData = {
  reference?: string
  card?: { brand?: string; last4?: string }
  currency_code?: string
  capture_method?: string
  status?: string
  captured_amount?: number
  refunded_amount?: number
  three_d_secure?: { status?: string }
  capture_error?: { message?: string }
}
type Payment = { id: string; provider_id: string; data: MockCardData | null }
/** A refused capture as workflows/record-capture-failure.ts keeps it in the order's metadata. */
type CaptureFailure = { payment_id: string; code: string | null; reason: string; failed_at: string }
type OrderPayments = {
  metadata?: Record<string, unknown> | null
  payment_collections?: { payments?: Payment[] }[]
}

const STATUS_TEXT: Record<string, string> = {
  requires_action: "Waiting for 3-D Secure",
  requires_authorization: "Not authorised yet",
  authorized: "Authorised",
  captured: "Captured",
  partially_refunded: "Partly refunded",
  refunded: "Refunded",
  canceled: "Voided",
}

const CAPTURE_TEXT: Record<string, string> = {
  on_shipment: "Charged when the order ships.",
  manual: "Charged when you capture it.",
  automatic: "Charged at checkout.",
}

function minor(amount: number | undefined, currency: string | undefined): string {
  // Integer cents rendered as text: no float arithmetic on money.
  const digits = String(Number.isInteger(amount) ? amount : 0).padStart(3, "0")
  return `${digits.slice(0, -2)}.${digits.slice(-2)} ${(currency ?? "").toUpperCase()}`
}

function when(iso: string): string {
  return new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))
}

function captureFailureOf(order: OrderPayments | undefined): CaptureFailure | null {
  const failure = order?.metadata?.payment_capture_failure as CaptureFailure | null | undefined
  return failure && typeof failure.reason === "string" ? failure : null
}

async function loadOrderPayments(orderId: string): Promise<OrderPayments> {
  const fields = "id,metadata,payment_collections.payments.id,payment_collections.payments.provider_id,payment_collections.payments.data"
  const res = await fetch(`/admin/orders/${encodeURIComponent(orderId)}?fields=${fields}`, { credentials: "include" })
  if (!res.ok) throw new Error(String(res.status))
  return ((await res.json()) as { order: OrderPayments }).order
}

/**
 * What the mock card processor knows about the order's card payments, and a
 * refused capture with what to do next. The query key sits under Medusa's
 * own order detail keys, so every order mutation of the dashboard (capture,
 * refund, cancel, fulfil, ship) refreshes it without a reload.
 */
const OrderCardPaymentWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { data: order, isError } = useQuery({
    queryKey: ["orders", "detail", data.id, "card-payment"],
    queryFn: () => loadOrderPayments(data.id),
  })
  const payments = order
    ? (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? []).filter((p) => p.provider_id.startsWith("pp_mock-card_"))
    : undefined
  const failure = captureFailureOf(order)

  if (payments !== undefined && payments.length === 0) {
    return null
  }
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Card payment</Heading>
        <Text size="xsmall" className="text-ui-fg-subtle">mock processor</Text>
      </div>
      {isError ? (
        <Text size="small" className="px-6 py-4">Could not load the card payment.</Text>
      ) : payments === undefined ? (
        <Text size="small" className="px-6 py-4">Loading…</Text>
      ) : (
        payments.map((p) => {
          const refused = failure?.payment_id === p.id && p.data?.status === "authorized" ? failure : null
          return (
            <div key={p.id} className="flex flex-col gap-y-1 px-6 py-4" data-testid="mock-card-payment">
              <div className="flex items-center justify-between">
                <Text size="small" weight="plus">
                  {p.data?.card?.brand ?? "card"} •••• {p.data?.card?.last4 ?? "????"}
                </Text>
                <Badge size="2xsmall" color={refused ? "red" : p.data?.status === "captured" ? "green" : "grey"}>
                  {refused ? "Capture failed" : STATUS_TEXT[p.data?.status ?? ""] ?? "Unknown"}
                </Badge>
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                Captured {minor(p.data?.captured_amount, p.data?.currency_code)} · refunded{" "}
                {minor(p.data?.refunded_amount, p.data?.currency_code)}
              </Text>
              {p.data?.status === "authorized" && !refused && p.data.capture_method && (
                <Text size="xsmall" className="text-ui-fg-subtle">{CAPTURE_TEXT[p.data.capture_method]}</Text>
              )}
              {p.data?.three_d_secure?.status && (
                <Text size="xsmall" className="text-ui-fg-subtle">3-D Secure: {p.data.three_d_secure.status}</Text>
              )}
              {refused && (
                <div className="flex flex-col gap-y-1" data-testid="mock-card-capture-failure">
                  <Text size="xsmall" className="text-ui-fg-error">
                    The capture was refused on {when(refused.failed_at)}: {refused.reason}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    Nothing was charged. Next: ask the customer for another way to pay, or cancel the order, which
                    releases the authorisation. Capturing this card again will be refused again.
                  </Text>
                </div>
              )}
              {!refused && p.data?.capture_error?.message && (
                <Text size="xsmall" className="text-ui-fg-error">{p.data.capture_error.message}</Text>
              )}
              <Text size="xsmall" className="text-ui-fg-muted">{p.data?.reference}</Text>
            </div>
          )
        })
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderCardPaymentWidget
