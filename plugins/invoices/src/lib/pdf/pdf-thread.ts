import { parentPort } from "node:worker_threads"
import { drawDocumentPdf, type PdfDocumentInput } from "./draw-document-pdf"

/**
 * The PDF renderer's own thread (see render-document-pdf.ts): it draws one
 * document per message and hands its bytes back (transferred, not cloned).
 */
parentPort?.on("message", (message: { id: number; input: PdfDocumentInput }) => {
  drawDocumentPdf(message.input).then(
    (pdf) => {
      const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice()
      parentPort?.postMessage({ id: message.id, pdf: bytes }, [bytes.buffer])
    },
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) })
  )
})
