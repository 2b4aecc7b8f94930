// One bounded autocannon run against a URL on this machine, reduced to the
// figures the harness prints. Every run is time-bounded; loopback only.
import autocannon from "autocannon"

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"])

/** Refuses anything but a loopback target: the harness must never load another host. */
export function assertLoopback(url) {
  const { hostname } = new URL(url)
  if (!LOOPBACK.has(hostname) && !hostname.startsWith("127.")) {
    throw new Error(`bench targets loopback only, not ${hostname}`)
  }
}

/**
 * Runs autocannon for `durationMs` (after an unmeasured warm-up) and returns
 * { name, path, rps, p50, p99, requests, errors, non2xx }.
 */
export async function measure({ name, url, headers = {}, connections, durationMs, warmupMs = 0 }) {
  assertLoopback(url)
  const options = { url, headers, connections, pipelining: 1, timeout: 30 }
  if (warmupMs > 0) {
    await autocannon({ ...options, duration: warmupMs / 1000 })
  }
  const result = await autocannon({ ...options, duration: durationMs / 1000 })
  return {
    name,
    path: new URL(url).pathname + new URL(url).search,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
