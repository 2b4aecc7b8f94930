import { CompletionGate } from "../completion-gate"
import { DEFAULT_CHECKOUT_CONCURRENCY, checkoutConcurrency } from "../options"

describe("CompletionGate", () => {
  it("runs at most `limit` at once and admits the waiting ones in arrival order", async () => {
    const gate = new CompletionGate(2)
    const order: string[] = []
    const releases = new Map<string, () => void>()
    const enter = (name: string) =>
      gate.enter().then((release) => {
        order.push(name)
        releases.set(name, release)
      })

    const all = ["a", "b", "c", "d"].map(enter)
    await new Promise((r) => setImmediate(r))
    expect(order).toEqual(["a", "b"])
    expect(gate.waiting).toBe(2)

    releases.get("b")!()
    releases.get("b")!() // releasing twice frees one slot only
    await new Promise((r) => setImmediate(r))
    expect(order).toEqual(["a", "b", "c"])
    expect(gate.waiting).toBe(1)

    releases.get("a")!()
    await Promise.all(all)
    expect(order).toEqual(["a", "b", "c", "d"])
    releases.get("c")!()
    releases.get("d")!()
    // all slots free again: two enter at once
    const [x, y] = await Promise.all([gate.enter(), gate.enter()])
    expect(gate.waiting).toBe(0)
    x()
    y()
  })

  it("reads CHECKOUT_CONCURRENCY strictly", () => {
    expect(checkoutConcurrency({})).toBe(DEFAULT_CHECKOUT_CONCURRENCY)
    expect(checkoutConcurrency({ CHECKOUT_CONCURRENCY: "8" })).toBe(8)
    expect(() => checkoutConcurrency({ CHECKOUT_CONCURRENCY: "0" })).toThrow(/integer from 1 to 1000/)
    expect(() => checkoutConcurrency({ CHECKOUT_CONCURRENCY: "2.5" })).toThrow(/integer from 1 to 1000/)
    expect(() => checkoutConcurrency({ CHECKOUT_CONCURRENCY: "many" })).toThrow(/integer from 1 to 1000/)
  })
})
