import type { Metadata } from "next"
import Link from "next/link"
import { requireProfile } from "@/lib/data/session"
import { listSupportRequests } from "@/lib/data/support"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { CATEGORY_LABELS, STATUS_LABELS } from "@/modules/support/labels"

export const metadata: Metadata = { title: "Support", robots: { index: false } }

const date = new Intl.DateTimeFormat("en-IE", { dateStyle: "medium", timeStyle: "short" })

export default async function SupportListPage() {
  await requireProfile("/account/support")
  const requests = await listSupportRequests()
  return (
    <AccountLayout current="/account/support">
      <section className="stack">
        <h1>Support</h1>
        <p>
          <Link prefetch={false} className="button" href="/account/support/new" data-testid="support-new">
            Ask us something
          </Link>
        </p>
        {requests.length === 0 ? (
          <p className="notice notice--info" data-testid="support-empty">
            You have no support requests. Questions about an order? Open it from the order page.
          </p>
        ) : (
          <table className="table" data-testid="support-list">
            <thead>
              <tr>
                <th scope="col">Request</th>
                <th scope="col">Topic</th>
                <th scope="col">Status</th>
                <th scope="col">Last message</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-testid="support-row" data-request-id={r.id}>
                  <td>
                    <Link prefetch={false} href={`/account/support/${r.id}`} data-testid="support-link">
                      {r.subject}
                    </Link>
                    {r.unread_count > 0 ? (
                      <span className="badge" data-testid="support-unread">
                        {" "}
                        {r.unread_count} new
                      </span>
                    ) : null}
                    <div className="muted">{r.reference}</div>
                  </td>
                  <td>{CATEGORY_LABELS[r.category] ?? r.category}</td>
                  <td data-testid="support-status" data-status={r.status}>
                    {STATUS_LABELS[r.status] ?? r.status}
                  </td>
                  <td>{r.last_message_at ? date.format(new Date(r.last_message_at)) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </AccountLayout>
  )
}
