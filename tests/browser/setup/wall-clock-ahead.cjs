// Preloaded (node --require) into one storefront process of the browser tests:
// its wall clock (Date.now) runs ahead of its monotonic clock
// (performance.timeOrigin + performance.now) by E2E_WALL_CLOCK_AHEAD_MS, as
// after an NTP step when a virtual machine resumes. Only `next start` itself
// is shifted, not other programs that inherit NODE_OPTIONS.
const ahead = Number(process.env.E2E_WALL_CLOCK_AHEAD_MS || 600000)
if (ahead > 0 && process.argv.some((arg) => /next[\\/]dist[\\/]bin[\\/]next$/.test(arg))) {
  const realNow = Date.now
  Date.now = () => realNow() + ahead
}
