export default async function globalTeardown() {
  await globalThis.__EMBEDDED_TEST_PG__?.stop()
}
