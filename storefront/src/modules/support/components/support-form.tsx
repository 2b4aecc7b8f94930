"use client"

import { useActionState } from "react"
import { openSupportRequest } from "@/lib/data/support-actions"
import type { FormState } from "@/lib/util/forms"
import { Field, SelectField } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { CATEGORY_LABELS } from "@/modules/support/labels"


type OrderChoice = { id: string; label: string }

/**
 * Opens a support request. A logged-in customer may pick one of their orders;
 * a guest gives their email (and, coming from an order's email link, the
 * order's proof travels along in hidden fields).
 */
export function SupportForm({
  guest,
  orders = [],
  orderId,
  orderProof,
  defaultEmail,
}: {
  guest: boolean
  orders?: OrderChoice[]
  orderId?: string | null
  orderProof?: { email: string; token: string } | null
  defaultEmail?: string
}) {
  const [state, action] = useActionState<FormState, FormData>(openSupportRequest, {})
  const e = state.fieldErrors ?? {}
  const v = state.values ?? {}
  const selectedOrder = v.order_id ?? orderId ?? ""
  return (
    <form action={action} className="stack" noValidate data-testid="support-form">
      {guest ? (
        <Field
          name="email"
          label="Your email"
          type="email"
          autoComplete="email"
          required
          defaultValue={v.email ?? defaultEmail ?? ""}
          error={e.email}
          hint="We answer you by email."
          testId="support-email"
        />
      ) : null}
      <SelectField name="category" label="What is it about?" defaultValue={v.category ?? (selectedOrder ? "order_problem" : "")} error={e.category} required testId="support-category">
        <option value="" disabled>
          Choose…
        </option>
        {Object.entries(CATEGORY_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      {!guest && orders.length > 0 ? (
        <SelectField name="order_id" label="Order" optional defaultValue={selectedOrder} error={e.order_id} testId="support-order">
          <option value="">No particular order</option>
          {orders.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </SelectField>
      ) : selectedOrder ? (
        <input type="hidden" name="order_id" value={selectedOrder} />
      ) : null}
      {orderProof ? (
        <>
          <input type="hidden" name="order_email" value={orderProof.email} />
          <input type="hidden" name="order_token" value={orderProof.token} />
        </>
      ) : null}
      <Field name="subject" label="Subject" required maxLength={200} defaultValue={v.subject ?? ""} error={e.subject} testId="support-subject" />
      <div className="field">
        <label htmlFor="field-message">Message</label>
        <textarea
          id="field-message"
          name="message"
          required
          maxLength={10000}
          defaultValue={v.message ?? ""}
          aria-invalid={e.message ? true : undefined}
          aria-describedby={e.message ? "field-message-error" : undefined}
          data-testid="support-message"
        />
        {e.message ? (
          <span id="field-message-error" className="field__error" data-testid="field-error-message">
            {e.message}
          </span>
        ) : null}
      </div>
      <div aria-live="polite">
        <FormMessage error={state.error} message={state.message} testId="support-form-message" />
      </div>
      <SubmitButton testId="support-submit" pendingText="Sending…">
        Send request
      </SubmitButton>
    </form>
  )
}
