/** The outcome of a form: errors are alerts (read at once), successes are polite status messages. */
export function FormMessage({
  error,
  message,
  testId,
  focusable = false,
}: {
  error?: string | null
  message?: string | null
  testId?: string
  /** lets a form move focus to its error (tabIndex -1) */
  focusable?: boolean
}) {
  if (error) {
    return (
      <p role="alert" className="notice notice--error" data-testid={testId ?? "form-error"} tabIndex={focusable ? -1 : undefined}>
        {error}
      </p>
    )
  }
  if (message) {
    return (
      <p role="status" className="notice notice--ok" data-testid={testId ? `${testId}-ok` : "form-ok"}>
        {message}
      </p>
    )
  }
  return null
}
