import Link from "next/link"
import type { SupportRequest } from "@/lib/data/support"
import { CATEGORY_LABELS, STATUS_LABELS } from "@/modules/support/labels"
import { SupportThread } from "@/modules/support/components/support-thread"

/** One request: subject, topic, status, the order it is about, and the thread. */
export function SupportRequestView({
  request,
  supportToken,
  justOpened,
  orderHref,
  newRequestHref,
}: {
  request: SupportRequest
  supportToken?: string | null
  justOpened?: boolean
  orderHref: string | null
  newRequestHref: string
}) {
  return (
    <section className="stack" data-testid="support-request" data-request-id={request.id}>
      <h1 data-testid="support-subject-heading">{request.subject}</h1>
      {justOpened ? (
        <p role="status" className="notice notice--ok" data-testid="support-opened">
          Thank you — we received your request {request.reference} and will answer by email to {request.email}.
        </p>
      ) : null}
      <p className="muted">
        {request.reference} · {CATEGORY_LABELS[request.category] ?? request.category} ·{" "}
        <span data-testid="support-request-status" data-status={request.status}>
          {STATUS_LABELS[request.status] ?? request.status}
        </span>
        {orderHref ? (
          <>
            {" "}
            · <Link prefetch={false} href={orderHref}>about this order</Link>
          </>
        ) : null}
      </p>
      <SupportThread request={request} supportToken={supportToken} newRequestHref={newRequestHref} />
    </section>
  )
}
