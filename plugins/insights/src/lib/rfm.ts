/**
 * RFM segments: the rule table of the README, first match wins. Scores are
 * quintiles 1–5 (5 = most recent, most orders, most spent) among customers
 * with at least one order; a customer without orders has no segment.
 */
export const RFM_SEGMENTS = [
  "champions",
  "loyal",
  "potential_loyalist",
  "new",
  "need_attention",
  "at_risk",
  "hibernating",
  "lost",
] as const

export type RfmSegment = (typeof RFM_SEGMENTS)[number]

/** The rule as SQL over the integer columns r, f, m; kept next to the list so both change together. */
export const RFM_SEGMENT_SQL = `case
    when r is null then null
    when r >= 4 and f >= 4 and m >= 4 then 'champions'
    when r >= 3 and f >= 4 then 'loyal'
    when r >= 4 and f >= 2 then 'potential_loyalist'
    when r >= 4 then 'new'
    when r = 3 then 'need_attention'
    when f >= 3 then 'at_risk'
    when r = 2 then 'hibernating'
    else 'lost'
  end`
