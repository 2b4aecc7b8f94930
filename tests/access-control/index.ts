import { engagementListProbes, engagementProbes } from "./engagement-probes"
import { invoiceProbes } from "./invoice-probes"
import { orderListProbes, orderProbes } from "./order-probes"
import { reviewListProbes, reviewProbes } from "./review-probes"
import { supportListProbes, supportProbes } from "./support-probes"
import type { ListProbe, ResourceProbe } from "./types"

/**
 * Every customer-owned resource the access-control suite tries. A plugin with
 * customer-owned resources (invoices, credit notes, reviews, wishlist, viewed
 * products, data export, …) adds a `<name>-probes.ts` next to these and
 * spreads its lists here.
 */
export const resourceProbes: ResourceProbe[] = [...orderProbes, ...invoiceProbes, ...supportProbes, ...reviewProbes, ...engagementProbes]

export const listProbes: ListProbe[] = [...orderListProbes, ...supportListProbes, ...reviewListProbes, ...engagementListProbes]

export type { ListProbe, PreparedProbe, ProbeContext, ProbeRequest, ResourceProbe } from "./types"
