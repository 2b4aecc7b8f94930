"use client"

import { useActionState } from "react"
import { deleteAccount } from "@/lib/data/customer"
import type { FormState } from "@/lib/util/forms"
import { Field } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

export function DeleteAccountForm() {
  const [state, action] = useActionState<FormState, FormData>(deleteAccount, {})
  return (
    <form action={action} className="stack" noValidate data-testid="delete-account-form">
      <Field
        name="confirm"
        label="Type DELETE to confirm"
        autoComplete="off"
        error={state.fieldErrors?.confirm}
        required
        testId="delete-confirm"
      />
      <FormMessage error={state.error} testId="delete-error" />
      <SubmitButton className="button button--danger" testId="delete-account" pendingText="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  )
}
