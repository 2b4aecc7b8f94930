"use client"

import Link from "next/link"
import { useActionState } from "react"
import { register } from "@/lib/data/customer"
import type { FormState } from "@/lib/util/forms"
import { Field, SelectField } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

const TITLES = ["Mr.", "Ms.", "Mx.", "Dr."]

/** Every field of POST /api/v1/customer/registration/; its `errors` land next to their fields. */
export function RegisterForm() {
  const [state, action] = useActionState<FormState, FormData>(register, {})
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  const today = new Date().toISOString().slice(0, 10)
  return (
    <form action={action} className="stack" noValidate data-testid="register-form">
      <div className="form-grid">
        <Field name="username" label="Username" autoComplete="username" defaultValue={v.username} error={e.username} required hint="3–30 letters, digits, dots, dashes or underscores." className="span-2" testId="register-username" />
        {/* keyed: a select takes its defaultValue only when mounted, so it keeps the Title after an error */}
        <SelectField key={`title-${v.title ?? ""}`} name="title" label="Title" defaultValue={v.title ?? ""} error={e.title} optional testId="register-title">
          <option value="">—</option>
          {TITLES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </SelectField>
        <Field name="birthday" label="Birthday" type="date" max={today} defaultValue={v.birthday} error={e.birthday} optional testId="register-birthday" />
        <Field name="first_name" label="First name" autoComplete="given-name" defaultValue={v.first_name} error={e.first_name} required testId="register-first-name" />
        <Field name="last_name" label="Last name" autoComplete="family-name" defaultValue={v.last_name} error={e.last_name} required testId="register-last-name" />
        <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={v.email} error={e.email} required className="span-2" testId="register-email" />
        <Field name="password" label="Password" type="password" autoComplete="new-password" error={e.password} required hint="At least 10 characters, and not a commonly used password." className="span-2" testId="register-password" />
        <Field name="address" label="Address" autoComplete="street-address" defaultValue={v.address} error={e.address} required hint="One line, e.g. Musterstr. 13, 10000 Musterstadt" className="span-2" testId="register-address" />
        <Field name="phone" label="Phone" type="tel" autoComplete="tel" defaultValue={v.phone} error={e.phone} required className="span-2" testId="register-phone" />
      </div>
      <FormMessage error={state.error} testId="register-error" />
      <SubmitButton testId="register-submit" pendingText="Creating your account…" className="button button--wide">
        Create account
      </SubmitButton>
      <p className="muted">
        Already have an account?{" "}
        <Link prefetch={false} href="/account/login" data-testid="login-link">
          Log in
        </Link>
      </p>
    </form>
  )
}
