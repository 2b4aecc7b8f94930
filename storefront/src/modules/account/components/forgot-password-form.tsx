"use client"

import { useActionState } from "react"
import { requestPasswordReset } from "@/lib/data/password-reset"
import type { FormState } from "@/lib/util/forms"
import { Field } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

export function ForgotPasswordForm() {
  const [state, action] = useActionState<FormState, FormData>(requestPasswordReset, {})
  return (
    <form action={action} className="stack" noValidate data-testid="forgot-password-form">
      <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={state.values?.email} error={state.fieldErrors?.email} required testId="forgot-email" />
      <div aria-live="polite">
        <FormMessage error={state.error} message={state.message} testId="forgot-message" />
      </div>
      <SubmitButton className="button button--wide" testId="forgot-submit" pendingText="Sending…">
        Send me a link
      </SubmitButton>
    </form>
  )
}
