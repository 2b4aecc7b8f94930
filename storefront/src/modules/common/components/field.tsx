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

type Frame = Pick<Common, "name" | "label" | "error" | "hint" | "className" | "optional"> & { fieldId: string; children: ReactNode }

/** The label, hint and error around one control; the control itself is the child. */
function FieldFrame({ name, label, error, hint, className, optional, fieldId, children }: Frame) {
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={fieldId}>
        {label}
        {optional ? <span className="muted"> (optional)</span> : null}
      </label>
      {children}
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

/** The attributes that tie a control to its label, hint and error (the error is announced). */
function controlProps(fieldId: string, { name, error, hint, testId }: Pick<Common, "name" | "error" | "hint" | "testId">) {
  const described = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ")
  return {
    id: fieldId,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described || undefined,
    "data-testid": testId ?? `field-${name}`,
  }
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
  return (
    <FieldFrame {...{ name, label, error, hint, className, optional, fieldId }}>
      <input {...controlProps(fieldId, { name, error, hint, testId })} {...input} />
    </FieldFrame>
  )
}

/** The same for a select. */
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
  return (
    <FieldFrame {...{ name, label, error, hint, className, optional, fieldId }}>
      <select {...controlProps(fieldId, { name, error, hint, testId })} {...select}>
        {children}
      </select>
    </FieldFrame>
  )
}
