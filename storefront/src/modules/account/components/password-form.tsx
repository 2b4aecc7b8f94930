"use client"

import { useActionState } from "react"
import { changePassword } from "@/lib/data/customer"
import type { FormState } from "@/lib/util/forms"
import { Field } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

export function PasswordForm() {
  const [state, action] = useActionState<FormState, FormData>(changePassword, {})
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} className="stack" noValidate data-testid="password-form" key={state.ok ? "done" : "open"}>
      <div className="form-grid">
        <Field name="current_password" label="Current password" type="password" autoComplete="current-password" error={e.current_password} required testId="password-current" />
        <Field name="new_password" label="New password" type="password" autoComplete="new-password" error={e.new_password} required hint="At least 10 characters, and not a commonly used password." testId="password-new" />
      </div>
      <div aria-live="polite">
        <FormMessage error={state.error} message={state.message} testId="password-message" />
      </div>
      <SubmitButton className="button button--secondary" testId="password-save" pendingText="Changing…">
        Change password
      </SubmitButton>
    </form>
  )
}
