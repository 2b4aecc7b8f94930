/**
 * Runs once when the storefront server starts (Next's instrumentation hook).
 *
 * Next 16's data cache mixes two clocks: it stamps cache entries and tag
 * invalidations (updateTag, revalidateTag) with the wall clock (Date.now),
 * but judges them with `performance.timeOrigin + performance.now()`, the
 * monotonic clock counted from the wall-clock time the process started.
 * Once the wall clock steps ahead of that (an NTP correction after a
 * virtual machine resumes; it reproduces a CI failure exactly), invalidations look like they
 * lie in the future and are ignored, and new entries do not age: pages
 * keep showing data from before a change for as long as the step.
 * Deriving timeOrigin from the wall clock makes both the same clock again.
 */
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return
  const perf = globalThis.performance
  Object.defineProperty(perf, "timeOrigin", {
    configurable: true,
    enumerable: true,
    get: () => Date.now() - perf.now(),
  })
}
