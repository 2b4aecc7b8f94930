import PDFDocument from "pdfkit"
import { BRAND_COLOURS } from "@shop/notifications/lib/brand"
import { formatMoney } from "@shop/notifications/lib/money"
import { isCancellationReference } from "../cancellation"
import { displayDate } from "../dates"
import type { CreditNoteSnapshot, DocumentLine, InvoiceSnapshot } from "../document-types"
import type { DocumentFacts } from "../payment-facts"
import { documentFonts } from "./fonts"

export type PdfDocumentInput =
  | { kind: "invoice"; number: string; snapshot: InvoiceSnapshot; logo?: string | null; facts?: DocumentFacts }
  | { kind: "credit_note"; number: string; snapshot: CreditNoteSnapshot; logo?: string | null }

const PAGE = { width: 595.28, height: 841.89 }
const MARGIN = { left: 50, right: 50, top: 45 }
const FOOTER_TOP = PAGE.height - 78
const CONTENT_BOTTOM = FOOTER_TOP - 14
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right

/** Table columns: x offset from the left margin, width, alignment. */
const COLUMNS = {
  pos: { x: 0, w: 24, align: "left" },
  description: { x: 26, w: 219, align: "left" },
  quantity: { x: 247, w: 38, align: "right" },
  unit: { x: 289, w: 74, align: "right" },
  vat: { x: 367, w: 44, align: "right" },
  amount: { x: 415, w: 80, align: "right" },
} as const

type Column = keyof typeof COLUMNS

const FONT = "DejaVu"
const BOLD = "DejaVu-Bold"

/** A logo data URL (PNG/JPEG) → image bytes; anything else is ignored. */
function logoBytes(logo: string | null | undefined): Buffer | null {
  const match = logo?.match(/^data:image\/(png|jpe?g);base64,([A-Za-z0-9+/=\s]+)$/)
  return match ? Buffer.from(match[2], "base64") : null
}

/**
 * Renders an invoice or credit note from its snapshot: A4, seller and buyer
 * blocks, the lines table (continued on further pages when long), net / VAT /
 * gross per tax rate, payment status, and the seller's details in the footer
 * of every page.
 */
export function drawDocumentPdf(input: PdfDocumentInput): Promise<Buffer> {
  const s = input.snapshot
  const isInvoice = input.kind === "invoice"
  const money = (minor: number) => formatMoney(minor, s.currency_code)
  const fonts = documentFonts()
  const title = isInvoice ? "Invoice" : "Credit note"

  const doc = new PDFDocument({
    size: "A4",
    // No default font (pdfkit loads one only for a non-empty name): it would
    // parse Helvetica's AFM file for every document, and every text here
    // sets DejaVu first.
    font: "",
    margins: { top: MARGIN.top, left: MARGIN.left, right: MARGIN.right, bottom: 20 },
    bufferPages: true,
    info: {
      Title: `${title} ${input.number}`,
      Author: s.seller.company_name,
      Subject: `${title} ${input.number} for order ${s.order.display_id}`,
      CreationDate: new Date(`${s.issue_date}T12:00:00Z`),
    },
  })
  doc.registerFont(FONT, fonts.regular)
  doc.registerFont(BOLD, fonts.bold)

  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  const c = BRAND_COLOURS
  const left = MARGIN.left
  const right = PAGE.width - MARGIN.right

  // Header: logo (if any) and the seller
  const logo = logoBytes(input.logo)
  if (logo) {
    try {
      doc.image(logo, left, MARGIN.top, { fit: [150, 48] })
    } catch {
      // A broken image must not stop the invoice.
    }
  } else {
    doc.font(BOLD).fontSize(18).fillColor(c.primary).text(s.seller.company_name, left, MARGIN.top, { width: 260 })
  }
  doc.font(BOLD).fontSize(10).fillColor(c.text).text(s.seller.company_name, 330, MARGIN.top, { width: right - 330, align: "right" })
  doc.font(FONT).fontSize(8.5).fillColor(c.muted)
  // A seller with only a tax number (Steuernummer) prints that instead of a VAT ID.
  const taxIdentity = s.seller.vat_id ? `VAT ID ${s.seller.vat_id}` : `Tax no. ${s.seller.tax_number ?? ""}`
  for (const l of [...s.seller.address_lines, s.seller.email, taxIdentity]) {
    doc.text(l, 330, doc.y, { width: right - 330, align: "right" })
  }

  // Buyer block with the sender line above it (window envelope layout)
  const blockTop = 150
  doc
    .font(FONT)
    .fontSize(7)
    .fillColor(c.muted)
    .text([s.seller.company_name, ...s.seller.address_lines].join(" · "), left, blockTop - 14, { width: 250, lineBreak: false, ellipsis: true })
  doc.font(BOLD).fontSize(10).fillColor(c.text).text(s.buyer.name, left, blockTop, { width: 250 })
  doc.font(FONT).fontSize(10)
  for (const l of [s.buyer.company, ...s.buyer.address_lines].filter((x): x is string => !!x)) {
    doc.text(l, left, doc.y, { width: 250 })
  }
  if (s.buyer.email) doc.fillColor(c.muted).fontSize(9).text(s.buyer.email, left, doc.y, { width: 250 })
  const buyerBottom = doc.y

  // Document facts
  const facts: [string, string][] = isInvoice
    ? [
        ["Invoice no.", input.number],
        ["Invoice date", displayDate(s.issue_date)],
        supplyDateRow(input.facts, s.delivery_date),
        ["Order", `#${s.order.display_id}`],
      ]
    : [
        ["Credit note no.", input.number],
        ["Date", displayDate(s.issue_date)],
        ["For invoice", input.snapshot.invoice_number],
        ["Invoice date", displayDate(input.snapshot.invoice_date)],
        ["Order", `#${s.order.display_id}`],
      ]
  let factY = blockTop
  for (const [label, value] of facts) {
    doc.font(FONT).fontSize(9).fillColor(c.muted).text(label, 340, factY, { width: 85 })
    doc.font(BOLD).fontSize(9).fillColor(c.text).text(value, 425, factY, { width: right - 425, align: "right" })
    factY += 14
  }

  // Title and introduction
  let y = Math.max(buyerBottom, factY) + 28
  doc.font(BOLD).fontSize(17).fillColor(c.primary).text(`${title} ${input.number}`, left, y)
  y = doc.y + 6
  const intro = isInvoice
    ? `Thank you for your order #${s.order.display_id}. We invoice you for the following goods and services.`
    : `We credit you the following amounts for invoice ${input.snapshot.invoice_number} (refund ${input.snapshot.refund.id}${
        input.snapshot.refund.reason ? `: ${input.snapshot.refund.reason}` : ""
      }).`
  doc.font(FONT).fontSize(9.5).fillColor(c.text).text(intro, left, y, { width: CONTENT_WIDTH })
  y = doc.y + 14

  const cell = (column: Column, text: string, top: number, options: { bold?: boolean; color?: string; size?: number } = {}) => {
    const col = COLUMNS[column]
    doc
      .font(options.bold ? BOLD : FONT)
      .fontSize(options.size ?? 9)
      .fillColor(options.color ?? c.text)
      .text(text, left + col.x, top, { width: col.w, align: col.align })
  }

  const tableHeader = (top: number): number => {
    doc.rect(left, top, CONTENT_WIDTH, 18).fill(c.background)
    const labels: [Column, string][] = [
      ["pos", "Pos."],
      ["description", "Description"],
      ["quantity", "Qty"],
      ["unit", "Unit price"],
      ["vat", "VAT"],
      ["amount", "Net amount"],
    ]
    for (const [col, label] of labels) cell(col, label, top + 5, { bold: true, size: 8, color: c.primary })
    return top + 24
  }

  const newPage = (): number => {
    doc.addPage()
    return MARGIN.top
  }

  y = tableHeader(y)
  const rows: DocumentLine[] = [...s.lines, ...s.shipping]
  rows.forEach((row, index) => {
    const detailParts = [row.detail, row.discount ? `incl. discount −${money(row.discount)}` : null].filter(Boolean)
    const detail = detailParts.join(" · ")
    doc.font(FONT).fontSize(9)
    const descHeight = doc.heightOfString(row.description, { width: COLUMNS.description.w })
    doc.fontSize(7.5)
    const detailHeight = detail ? doc.heightOfString(detail, { width: COLUMNS.description.w }) : 0
    const height = descHeight + detailHeight + 8
    if (y + height > CONTENT_BOTTOM) {
      y = tableHeader(newPage())
    }
    cell("pos", String(index + 1), y)
    cell("description", row.description, y)
    if (detail) {
      doc.font(FONT).fontSize(7.5).fillColor(c.muted).text(detail, left + COLUMNS.description.x, y + descHeight, { width: COLUMNS.description.w })
    }
    cell("quantity", String(row.quantity), y)
    cell("unit", money(row.unit_price), y)
    cell("vat", `${row.tax_rate}%`, y)
    cell("amount", money(row.net), y)
    y += height
    doc.moveTo(left, y - 3).lineTo(right, y - 3).lineWidth(0.5).strokeColor(c.border).stroke()
  })

  // Totals per tax rate
  const totalsRows: [string, string, boolean][] = [
    ["Net total", money(s.totals.net), false],
    ...s.tax_breakdown.map((t): [string, string, boolean] => [`VAT ${t.tax_rate}% on ${money(t.net)}`, money(t.tax), false]),
    [isInvoice ? "Total amount" : "Total credited", money(s.totals.gross), true],
  ]
  const totalsHeight = totalsRows.length * 16 + 70
  if (y + totalsHeight > CONTENT_BOTTOM) y = newPage()
  y += 6
  for (const [label, value, strong] of totalsRows) {
    if (strong) {
      doc.moveTo(300, y - 2).lineTo(right, y - 2).lineWidth(1).strokeColor(c.primary).stroke()
      y += 4
    }
    doc.font(strong ? BOLD : FONT).fontSize(strong ? 11 : 9).fillColor(strong ? c.primary : c.text)
    doc.text(label, 300, y, { width: 115 })
    doc.text(value, 415, y, { width: right - 415, align: "right" })
    y += strong ? 20 : 16
  }

  // Payment
  y += 10
  doc.font(BOLD).fontSize(9).fillColor(c.text).text("Payment", left, y)
  const paymentText =
    input.kind === "invoice"
      ? invoicePaymentText(input, money)
      : isCancellationReference(input.snapshot.refund.id)
        ? `The order was canceled: this credit note cancels invoice ${input.snapshot.invoice_number} by ${money(s.totals.gross)}. That amount was never charged, so nothing is refunded and nothing is owed.`
        : `${money(s.totals.gross)} are refunded to the original payment method. This credit note corrects invoice ${input.snapshot.invoice_number}.`
  doc.font(FONT).fontSize(9).fillColor(c.text).text(paymentText, left, doc.y + 2, { width: CONTENT_WIDTH })

  // Footer on every page
  const range = doc.bufferedPageRange()
  const footerLines = [
    [s.seller.company_name, ...s.seller.address_lines].join(" · "),
    [
      s.seller.vat_id ? `VAT ID ${s.seller.vat_id}` : null,
      s.seller.tax_number ? `Tax no. ${s.seller.tax_number}` : null,
      // Bank details only where the customer is to transfer money: a card-paid invoice never invites a second payment.
      printsBankDetails(input) ? `IBAN ${s.seller.iban}` : null,
      printsBankDetails(input) && s.seller.bic ? `BIC ${s.seller.bic}` : null,
      s.seller.email,
    ]
      .filter(Boolean)
      .join(" · "),
    s.seller.footer_note ?? "",
  ].filter(Boolean)
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    doc.moveTo(left, FOOTER_TOP).lineTo(right, FOOTER_TOP).lineWidth(0.5).strokeColor(c.border).stroke()
    let fy = FOOTER_TOP + 6
    for (const l of footerLines) {
      doc.font(FONT).fontSize(7).fillColor(c.muted).text(l, left, fy, { width: CONTENT_WIDTH, align: "center", lineBreak: false, ellipsis: true })
      fy += 10
    }
    doc.text(`${input.number} · page ${i - range.start + 1} of ${range.count}`, left, fy + 2, {
      width: CONTENT_WIDTH,
      align: "center",
      lineBreak: false,
    })
  }
  doc.end()
  return finished
}

/**
 * The date of supply (Leistungsdatum): the day the order shipped once it has,
 * until then the order date, labelled as such.
 */
function supplyDateRow(facts: DocumentFacts | undefined, orderDate: string): [string, string] {
  return facts?.shipped_on ? ["Supply date", displayDate(facts.shipped_on)] : ["Supply date (order date)", displayDate(orderDate)]
}

/** Only an invoice to be paid by bank transfer prints the seller's bank details. */
function printsBankDetails(input: PdfDocumentInput): boolean {
  return input.kind === "invoice" && input.facts?.payment.kind === "pay_on_invoice"
}

/** What happened to the money, in the customer's words (see payment-facts.ts). */
function invoicePaymentText(input: Extract<PdfDocumentInput, { kind: "invoice" }>, money: (minor: number) => string): string {
  const s = input.snapshot
  const payment = input.facts?.payment
  switch (payment?.kind) {
    case "paid":
      return `Paid by ${payment.method} on ${displayDate(payment.paid_on)}.`
    case "authorised":
      return payment.on_shipment
        ? `Payment authorised (${payment.method}); the amount is charged when the order ships.`
        : `Payment authorised (${payment.method}); the amount has not been charged yet.`
    case "voided":
      return `The payment authorisation (${payment.method}) was voided; nothing was charged.`
    case "pay_on_invoice":
      return (
        `Please transfer ${money(s.totals.gross)} by ${displayDate(payment.due_date)} to ${s.seller.company_name}, ` +
        `IBAN ${s.seller.iban}${s.seller.bic ? `, BIC ${s.seller.bic}` : ""}${s.seller.bank_name ? ` (${s.seller.bank_name})` : ""}, ` +
        `reference ${input.number}.`
      )
    default:
      return `Payment status: ${s.payment_status}.`
  }
}
