import fs from "node:fs"
import path from "node:path"
import { Worker } from "node:worker_threads"
import { drawDocumentPdf, type PdfDocumentInput } from "./draw-document-pdf"

export type { PdfDocumentInput } from "./draw-document-pdf"

type Reply = { id: number; pdf?: Uint8Array; error?: string }
type Pending = { resolve: (pdf: Buffer) => void; reject: (error: Error) => void }

/**
 * Drawing a PDF (text shaping, font subsetting, compression) is ~10 % of the
 * server's CPU per order: it runs on a thread of its own, so the event loop
 * that answers shoppers is not held up by it and a second core can take it.
 * One thread for the process, started on first use, keeping the process alive
 * only while it has documents to draw; where the compiled thread file is
 * absent (tests importing the TypeScript sources) or the thread fails, the PDF
 * is drawn in place.
 */
class PdfThread {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private broken = false
  private failures = 0

  private start(): Worker | null {
    if (this.worker || this.broken) return this.worker
    const file = path.join(__dirname, "pdf-thread.js")
    if (!fs.existsSync(file)) {
      this.broken = true
      return null
    }
    const worker = new Worker(file)
    worker.unref()
    worker.on("message", (reply: Reply) => {
      const waiting = this.pending.get(reply.id)
      if (!waiting) return
      this.pending.delete(reply.id)
      if (!this.pending.size) worker.unref()
      if (reply.pdf) waiting.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength))
      else waiting.reject(new Error(reply.error ?? "the PDF thread answered nothing"))
    })
    const fail = (error: Error) => {
      if (this.worker !== worker) return
      this.worker = null
      // A thread that keeps dying is not restarted for ever: draw in place from then on.
      if (++this.failures >= 3) this.broken = true
      for (const waiting of this.pending.values()) waiting.reject(error)
      this.pending.clear()
    }
    worker.on("error", fail)
    worker.on("exit", (code) => fail(new Error(`the PDF thread exited (code ${code})`)))
    this.worker = worker
    return worker
  }

  render(input: PdfDocumentInput): Promise<Buffer> | null {
    const worker = this.start()
    if (!worker) return null
    const id = this.nextId++
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.ref()
      worker.postMessage({ id, input })
    })
  }
}

const thread = new PdfThread()

/** An invoice or credit note as PDF bytes (see draw-document-pdf.ts for the layout). */
export async function renderDocumentPdf(input: PdfDocumentInput): Promise<Buffer> {
  const offThread = thread.render(input)
  if (!offThread) return drawDocumentPdf(input)
  try {
    return await offThread
  } catch {
    // A thread that died takes no document with it: draw this one here.
    return drawDocumentPdf(input)
  }
}
