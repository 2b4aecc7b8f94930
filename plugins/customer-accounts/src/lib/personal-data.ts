import type { MedusaContainer } from "@medusajs/framework/types"
import { WorkflowManager } from "@medusajs/framework/orchestration"
import { Modules } from "@medusajs/framework/utils"

/**
 * The extension point for personal data held by other plugins (reviews,
 * wishlists, product views, support tickets, ...).
 *
 * A plugin contributes a section by shipping workflows with conventional ids;
 * Medusa loads every plugin's src/workflows at start-up, so nothing here has
 * to be edited and no plugin has to import another:
 *
 *   customer-data.export.<section>  input { customer_id } → result: any JSON
 *                                   value; it appears under "<section>" in
 *                                   GET /api/v1/customer/me/export/
 *   customer-data.erase.<section>   input { customer_id } → deletes or
 *                                   anonymises the section's data; runs first
 *                                   in DELETE /api/v1/customer/me/ and must be
 *                                   idempotent (a failed erasure is retried
 *                                   as a whole).
 *
 * This plugin's own "orders" section is contributed the same way.
 */
export const EXPORT_WORKFLOW_PREFIX = "customer-data.export."
export const ERASE_WORKFLOW_PREFIX = "customer-data.erase."

/** Top-level keys of the export that sections cannot take. */
export const RESERVED_EXPORT_KEYS = new Set(["format", "exported_at", "customer", "addresses"])

const SECTION_NAME = /^[a-z][a-z0-9_]{0,62}$/

export type CustomerDataSectionInput = { customer_id: string }

export function customerDataExportWorkflowId(section: string): string {
  assertSectionName(section)
  return `${EXPORT_WORKFLOW_PREFIX}${section}`
}

export function customerDataEraseWorkflowId(section: string): string {
  assertSectionName(section)
  return `${ERASE_WORKFLOW_PREFIX}${section}`
}

function assertSectionName(section: string): void {
  if (!SECTION_NAME.test(section) || RESERVED_EXPORT_KEYS.has(section)) {
    throw new Error(
      `customer data section "${section}" must match ${SECTION_NAME} and not be one of ${[...RESERVED_EXPORT_KEYS].join(", ")}`
    )
  }
}

export type SectionWorkflow = { section: string; workflowId: string }

// @medusajs/orchestration types its WorkflowManager as any; this is the one call we make.
const workflowRegistry: { getWorkflows(): Map<string, unknown> } = WorkflowManager
type WorkflowRun = { result?: unknown }

/** The registered section workflows with this prefix, in section-name order. */
export function listSectionWorkflows(prefix: string): SectionWorkflow[] {
  return [...workflowRegistry.getWorkflows().keys()]
    .filter((id) => id.startsWith(prefix))
    .map((workflowId) => ({ section: workflowId.slice(prefix.length), workflowId }))
    .filter(({ section }) => SECTION_NAME.test(section) && !RESERVED_EXPORT_KEYS.has(section))
    .sort((a, b) => a.section.localeCompare(b.section))
}

/** Runs every export section workflow and returns { section: result }. */
export async function collectContributedSections(
  container: MedusaContainer,
  customerId: string
): Promise<Record<string, unknown>> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const sections: Record<string, unknown> = {}
  for (const { section, workflowId } of listSectionWorkflows(EXPORT_WORKFLOW_PREFIX)) {
    const { result }: WorkflowRun = await engine.run(workflowId, {
      input: { customer_id: customerId } satisfies CustomerDataSectionInput,
      throwOnError: true,
    })
    sections[section] = result ?? null
  }
  return sections
}

/** Runs every erase section workflow; returns the sections it erased. */
export async function eraseContributedSections(container: MedusaContainer, customerId: string): Promise<string[]> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const erased: string[] = []
  for (const { section, workflowId } of listSectionWorkflows(ERASE_WORKFLOW_PREFIX)) {
    await engine.run(workflowId, {
      input: { customer_id: customerId } satisfies CustomerDataSectionInput,
      throwOnError: true,
    })
    erased.push(section)
  }
  return erased
}
