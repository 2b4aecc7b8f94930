import { topK } from "../core/model"
import { seededRandom } from "../core/random"

describe("topK (bounded selection instead of full sorts)", () => {
  it("equals sort-then-slice on random lists with ties, for every k", () => {
    const random = seededRandom(5)
    const order = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(random() * 400)
      const items: [string, number][] = Array.from({ length: n }, (_, i) => [`p${i}`, Math.floor(random() * 20)])
      for (const k of [0, 1, 3, 30, 200, n, n + 5]) {
        expect(topK(items, k, order)).toEqual([...items].sort(order).slice(0, Math.max(0, k)))
      }
    }
  })
})
