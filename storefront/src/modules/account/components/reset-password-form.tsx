"use client"

import { useActionState } from "react"
import { resetPassword } from "@/lib/data/password-reset"
import type { FormState } from "@/lib/util/forms"
import { Field } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState<FormState, FormData>(resetPassword, {})
  return (
    <form action={action} className="stack" noValidate data-testid="reset-password-form">
      <input type="hidden" name="token" value={token} />
      {email ? <input type="hidden" name="username" autoComplete="username" value={email} /> : null}
      <Field name="password" label="New password" type="password" autoComplete="new-password" error={state.fieldErrors?.password} required hint="At least 10 characters, and not a commonly used password." testId="reset-password" />
      <FormMessage error={state.error} testId="reset-error" />
      <SubmitButton className="button button--wide" testId="reset-submit" pendingText="Saving…">
        Set the new password
      </SubmitButton>
    </form>
  )
}
