/** What a form's server action answers; forms render it with useActionState. */
export type FormState = {
  ok?: boolean
  message?: string | null
  error?: string | null
  fieldErrors?: Record<string, string>
  /** the submitted values, so a form keeps them after an error */
  values?: Record<string, string>
}

export function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

export function valuesOf(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, text(formData, n)]))
}
