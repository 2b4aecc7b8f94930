"use client"

import { useActionState } from "react"
import type { SupportRequest } from "@/lib/data/support"
import { closeSupportRequest, replyToSupportRequest } from "@/lib/data/support-actions"
import type { FormState } from "@/lib/util/forms"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

const when = new Intl.DateTimeFormat("en-IE", { dateStyle: "medium", timeStyle: "short" })


/** The messages of a request (plain text, rendered as text), a reply box and "close". */
export function SupportThread({
  request,
  supportToken,
  newRequestHref,
}: {
  request: SupportRequest
  supportToken?: string | null
  newRequestHref: string
}) {
  const [replyState, reply] = useActionState<FormState, FormData>(replyToSupportRequest, {})
  const [closeState, close] = useActionState<FormState, FormData>(closeSupportRequest, {})
  const closed = request.status === "closed"
  return (
    <div className="stack">
      <ol className="thread" data-testid="support-thread">
        {(request.messages ?? []).map((m) => (
          <li
            key={m.id}
            className={`thread__message thread__message--${m.author}`}
            data-testid="support-thread-message"
            data-author={m.author}
          >
            <span className="muted">
              {m.author === "merchant" ? "Shop support" : "You"} · {when.format(new Date(m.created_at))}
            </span>
            <p className="thread__body">{m.body}</p>
          </li>
        ))}
      </ol>
      {closed ? (
        <p className="notice notice--info" data-testid="support-closed">
          This request is closed. If you need more help, <a href={newRequestHref}>open a new request</a>.
        </p>
      ) : (
        <form action={reply} className="stack" noValidate data-testid="support-reply-form" key={(request.messages ?? []).length}>
          <input type="hidden" name="id" value={request.id} />
          {supportToken ? <input type="hidden" name="support_token" value={supportToken} /> : null}
          <div className="field">
            <label htmlFor="field-reply">Your reply</label>
            <textarea id="field-reply" name="message" required maxLength={10000} data-testid="support-reply-message" />
          </div>
          <div aria-live="polite">
            <FormMessage error={replyState.error} testId="support-reply-error" />
          </div>
          <SubmitButton testId="support-reply-submit" pendingText="Sending…">
            Send
          </SubmitButton>
        </form>
      )}
      {!closed ? (
        <form action={close} data-testid="support-close-form">
          <input type="hidden" name="id" value={request.id} />
          {supportToken ? <input type="hidden" name="support_token" value={supportToken} /> : null}
          <FormMessage error={closeState.error} testId="support-close-error" />
          <SubmitButton className="button button--secondary" testId="support-close" pendingText="Closing…">
            My question is answered — close request
          </SubmitButton>
        </form>
      ) : null}
    </div>
  )
}
