"use client"

import Link from "next/link"
import { useActionState } from "react"
import { login } from "@/lib/data/customer"
import type { FormState } from "@/lib/util/forms"
import { Field } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState<FormState, FormData>(login, {})
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} className="stack" noValidate data-testid="login-form">
      <input type="hidden" name="next" value={next} />
      <Field
        name="login"
        label="Username or email"
        autoComplete="username"
        defaultValue={state.values?.login}
        error={e.login}
        required
        testId="login-input"
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={e.password}
        required
        testId="login-password"
      />
      <p>
        <Link prefetch={false} href="/account/forgot-password" data-testid="forgot-password-link">
          Forgot your password?
        </Link>
      </p>
      <FormMessage error={state.error} testId="login-error" />
      <SubmitButton testId="login-submit" pendingText="Logging in…" className="button button--wide">
        Log in
      </SubmitButton>
      <p className="muted">
        New here?{" "}
        <Link prefetch={false} href="/account/register" data-testid="register-link">
          Create an account
        </Link>
      </p>
    </form>
  )
}
