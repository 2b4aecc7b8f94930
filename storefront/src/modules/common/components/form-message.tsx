/** The outcome of a form: errors are alerts (read at once), successes are polite status messages. */
export function FormMessage({
  error,
  message,
  testId,
}: {
  error?: string | null
  message?: string | null
  testId?: string
}) {
  if (error) {
    return (
      <p role="alert" className="notice notice--error" data-testid={testId ?? "form-error"}>
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
