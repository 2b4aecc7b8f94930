"use client"

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="stack" role="alert" data-testid="error-page">
      <h1>Something went wrong</h1>
      <p className="muted">The shop could not load this page. Please try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
    </section>
  )
}
