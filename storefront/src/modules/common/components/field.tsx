import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react"

type Common = {
  name: string
  label: string
  error?: string
  hint?: ReactNode
  testId?: string
  className?: string
  /** adds "(optional)" to the label */
  optional?: boolean
}

/** A labelled input whose error is announced and tied to it (aria-describedby). */
export function Field({
  name,
  label,
  error,
  hint,
  testId,
  className,
  id,
  optional,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  const fieldId = id ?? `field-${name}`
  const described = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ")
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={fieldId}>
        {label}
        {optional ? <span className="muted"> (optional)</span> : null}
      </label>
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        data-testid={testId ?? `field-${name}`}
        {...input}
      />
      {hint ? (
        <span id={`${fieldId}-hint`} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${fieldId}-error`} className="field__error" data-testid={`field-error-${name}`}>
          {error}
        </span>
      ) : null}
    </div>
  )
}

export function SelectField({
  name,
  label,
  error,
  hint,
  testId,
  className,
  id,
  optional,
  children,
  ...select
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  const fieldId = id ?? `field-${name}`
  const described = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ")
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={fieldId}>
        {label}
        {optional ? <span className="muted"> (optional)</span> : null}
      </label>
      <select
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        data-testid={testId ?? `field-${name}`}
        {...select}
      >
        {children}
      </select>
      {hint ? (
        <span id={`${fieldId}-hint`} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${fieldId}-error`} className="field__error" data-testid={`field-error-${name}`}>
          {error}
        </span>
      ) : null}
    </div>
  )
}
