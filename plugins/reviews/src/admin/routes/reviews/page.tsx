import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Button, Checkbox, Container, Heading, Input, Select, StatusBadge, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { AdminReview, AdminReviewList, ReviewStatus } from "../../lib/api"
import { adminFetch, formatTime, stars, STATUS_COLORS, STATUS_LABELS } from "../../lib/api"

const PAGE_SIZE = 20

/** The merchant's answer to one review: shown under it, editable in place. Plain text only. */
const ReplyEditor = ({ review, onSaved }: { review: AdminReview; onSaved: () => void }) => {
  const [text, setText] = useState(review.reply ?? "")
  const save = useMutation({
    mutationFn: (reply: string | null) => adminFetch(`/admin/reviews/${review.id}`, { method: "POST", body: { reply } }),
    onSuccess: () => {
      toast.success("Reply saved")
      onSaved()
    },
    onError: (error: Error) => toast.error(error.message),
  })
  return (
    <div className="flex flex-col gap-y-2" data-testid="review-reply-editor">
      <Textarea
        value={text}
        maxLength={2000}
        onChange={(e) => setText(e.target.value)}
        placeholder="Public reply to this review"
        data-testid="review-reply-input"
      />
      <div className="flex gap-x-2">
        <Button size="small" isLoading={save.isPending} onClick={() => save.mutate(text.trim() ? text : null)} data-testid="review-reply-save">
          Save reply
        </Button>
        {review.reply && (
          <Button size="small" variant="secondary" onClick={() => save.mutate(null)}>
            Remove reply
          </Button>
        )}
      </div>
    </div>
  )
}

/** Reviews: every review newest first, filtered by status, rating and product; bulk approve/reject; replies. */
const ReviewsPage = () => {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<"all" | ReviewStatus>("pending")
  const [rating, setRating] = useState<string>("all")
  const [productId, setProductId] = useState("")
  const [offset, setOffset] = useState(0)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [open, setOpen] = useState<string | null>(null)

  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) })
  if (status !== "all") params.set("status", status)
  if (rating !== "all") params.set("rating", rating)
  if (productId.trim()) params.set("product_id", productId.trim())

  const { data, isLoading, error } = useQuery({
    queryKey: ["shop-reviews", status, rating, productId.trim(), offset],
    queryFn: () => adminFetch<AdminReviewList>(`/admin/reviews?${params.toString()}`),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["shop-reviews"] })

  const moderate = useMutation({
    mutationFn: (input: { ids: string[]; status: ReviewStatus }) =>
      adminFetch<{ changed: string[] }>("/admin/reviews", { method: "POST", body: input }),
    onSuccess: (result, input) => {
      toast.success(`${result.changed.length} review(s) ${STATUS_LABELS[input.status].toLowerCase()}`)
      setSelected(new Set())
      void refresh()
    },
    onError: (e: Error) => toast.error(e.message),
  })

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const reviews = data?.reviews ?? []
  const allSelected = reviews.length > 0 && reviews.every((r) => selected.has(r.id))

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h1">Reviews</Heading>
        <div className="flex flex-wrap items-center gap-2">
          <div className="w-40">
            <Select value={status} onValueChange={(v) => (setStatus(v as "all" | ReviewStatus), setOffset(0))}>
              <Select.Trigger data-testid="reviews-status-filter">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">All statuses</Select.Item>
                {(Object.keys(STATUS_LABELS) as ReviewStatus[]).map((s) => (
                  <Select.Item key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="w-32">
            <Select value={rating} onValueChange={(v) => (setRating(v), setOffset(0))}>
              <Select.Trigger data-testid="reviews-rating-filter">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">Any rating</Select.Item>
                {["5", "4", "3", "2", "1"].map((r) => (
                  <Select.Item key={r} value={r}>
                    {r} ★
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <Input
            size="small"
            placeholder="Product id (prod_…)"
            value={productId}
            onChange={(e) => (setProductId(e.target.value), setOffset(0))}
            data-testid="reviews-product-filter"
          />
        </div>
      </div>
      <div className="flex items-center gap-x-2 px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {selected.size} selected
        </Text>
        <Button
          size="small"
          variant="secondary"
          disabled={selected.size === 0}
          isLoading={moderate.isPending}
          onClick={() => moderate.mutate({ ids: [...selected], status: "approved" })}
          data-testid="reviews-bulk-approve"
        >
          Approve
        </Button>
        <Button
          size="small"
          variant="secondary"
          disabled={selected.size === 0}
          isLoading={moderate.isPending}
          onClick={() => moderate.mutate({ ids: [...selected], status: "rejected" })}
          data-testid="reviews-bulk-reject"
        >
          Reject
        </Button>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>
      ) : isLoading || !data ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : reviews.length === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">No reviews here.</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>
                  <Checkbox
                    checked={allSelected}
                    onCheckedChange={() => setSelected(allSelected ? new Set() : new Set(reviews.map((r) => r.id)))}
                    data-testid="reviews-select-all"
                  />
                </Table.HeaderCell>
                <Table.HeaderCell>Rating</Table.HeaderCell>
                <Table.HeaderCell>Review</Table.HeaderCell>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell>Customer</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Written</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {reviews.map((review) => (
                <Table.Row key={review.id} data-testid="reviews-row" className="align-top">
                  <Table.Cell>
                    <Checkbox checked={selected.has(review.id)} onCheckedChange={() => toggle(review.id)} data-testid="reviews-select" />
                  </Table.Cell>
                  <Table.Cell>
                    <span title={`${review.rating} of 5`}>{stars(review.rating)}</span>
                  </Table.Cell>
                  <Table.Cell className="max-w-md whitespace-normal py-2">
                    <Text size="small" weight="plus" data-testid="reviews-row-title">
                      {review.title}
                    </Text>
                    <Text size="small" className="whitespace-pre-line text-ui-fg-subtle" data-testid="reviews-row-body">
                      {review.body}
                    </Text>
                    {review.reply && open !== review.id && (
                      <Text size="small" className="mt-1 whitespace-pre-line border-l-2 pl-2" data-testid="reviews-row-reply">
                        {review.reply}
                      </Text>
                    )}
                    {open === review.id ? (
                      <ReplyEditor review={review} onSaved={() => (setOpen(null), void refresh())} />
                    ) : (
                      <Button size="small" variant="transparent" onClick={() => setOpen(review.id)} data-testid="reviews-reply">
                        {review.reply ? "Edit reply" : "Reply"}
                      </Button>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {review.product ? <Link to={`/products/${review.product.id}`}>{review.product.title}</Link> : review.product_id}
                  </Table.Cell>
                  <Table.Cell>
                    {review.customer?.email ?? review.author_name}
                    {review.verified_purchase ? " ✓" : ""}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLORS[review.status]}>{STATUS_LABELS[review.status]}</StatusBadge>
                  </Table.Cell>
                  <Table.Cell>{formatTime(review.created_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <div className="flex items-center justify-between px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              {offset + 1}–{offset + reviews.length} of {data.count}
            </Text>
            <div className="flex gap-x-2">
              <Button variant="secondary" size="small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                Previous
              </Button>
              <Button variant="secondary" size="small" disabled={offset + PAGE_SIZE >= data.count} onClick={() => setOffset(offset + PAGE_SIZE)}>
                Next
              </Button>
            </div>
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Reviews",
  icon: Star,
})

export default ReviewsPage
