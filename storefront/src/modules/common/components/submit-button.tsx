"use client"

import type { ButtonHTMLAttributes } from "react"
import { useFormStatus } from "react-dom"

/** A submit button that says it is working while its form's action runs. */
export function SubmitButton({
  children,
  pendingText,
  className = "button",
  testId,
  disabled,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingText?: string; testId?: string }) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      className={className}
      data-testid={testId}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...rest}
    >
      {pending && pendingText ? pendingText : children}
    </button>
  )
}
