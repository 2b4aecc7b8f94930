import { spawn } from "node:child_process"
import path from "node:path"

const ROOT = path.resolve(__dirname, "..", "..")

// unpdf (pdf.js, pure JavaScript) is ESM only; jest runs specs as CommonJS,
// so the text is extracted in a short-lived node process.
const SCRIPT = `
import { extractText, getDocumentProxy } from "unpdf"
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)))
const { totalPages, text } = await extractText(pdf, { mergePages: false })
process.stdout.write(JSON.stringify({ pages: totalPages, text }))
`

/** The text of each page of a PDF, extracted with pdf.js (unpdf). */
export function pdfText(pdf: Buffer): Promise<{ pages: number; text: string[]; all: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", SCRIPT], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] })
    let out = ""
    let err = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (err += d))
    child.on("error", reject)
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`pdf text extraction failed (${code}): ${err}`))
      const parsed = JSON.parse(out) as { pages: number; text: string[] }
      resolve({ ...parsed, all: parsed.text.join("\n") })
    })
    child.stdin.end(pdf)
  })
}
