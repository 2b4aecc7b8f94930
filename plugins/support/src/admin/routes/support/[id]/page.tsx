import { Badge, Button, Container, Heading, StatusBadge, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import type { AdminSupportRequest, SupportStatus } from "../../../lib/api"
import { adminFetch, CATEGORY_LABELS, formatTime, STATUS_COLORS, STATUS_LABELS } from "../../../lib/api"

const MAX_MESSAGE_LENGTH = 10000

type Thread = { support_request: AdminSupportRequest }

/**
 * One request's thread: the messages (plain text — React escapes it), a reply
 * form, and the status actions. Opening it marks the thread read.
 */
const SupportThreadPage = () => {
  const { id = "" } = useParams()
  const queryClient = useQueryClient()
  const [reply, setReply] = useState("")

  const { data, isLoading, error } = useQuery({
    queryKey: ["shop-support-request", id],
    queryFn: () => adminFetch<Thread>(`/admin/support-requests/${encodeURIComponent(id)}`),
  })

  const refresh = (thread: Thread) => {
    queryClient.setQueryData(["shop-support-request", id], thread)
    void queryClient.invalidateQueries({ queryKey: ["shop-support-requests"] })
  }

  const sendReply = useMutation({
    mutationFn: (message: string) =>
      adminFetch<Thread>(`/admin/support-requests/${encodeURIComponent(id)}/messages`, { method: "POST", body: { message } }),
    onSuccess: (thread) => {
      setReply("")
      refresh(thread)
      toast.success("Reply sent", { description: "The customer gets it by email." })
    },
    onError: (e: Error) => toast.error("The reply was not sent", { description: e.message }),
  })

  const setStatus = useMutation({
    mutationFn: (status: SupportStatus) =>
      adminFetch<Thread>(`/admin/support-requests/${encodeURIComponent(id)}`, { method: "POST", body: { status } }),
    onSuccess: refresh,
    onError: (e: Error) => toast.error("The status was not changed", { description: e.message }),
  })

  if (error) {
    return (
      <Container>
        <Text className="text-ui-fg-error">{(error as Error).message}</Text>
      </Container>
    )
  }
  if (isLoading || !data) {
    return (
      <Container>
        <Text>Loading…</Text>
      </Container>
    )
  }

  const request = data.support_request
  const closed = request.status === "closed"
  const trimmed = reply.trim()
  const customerName = [request.customer?.first_name, request.customer?.last_name].filter(Boolean).join(" ")

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-x-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Heading level="h1" data-testid="support-thread-subject">
              {request.subject}
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {customerName ? `${customerName} · ` : ""}
              {request.email}
              {request.customer_id ? "" : " (guest)"} · {CATEGORY_LABELS[request.category] ?? request.category} · opened{" "}
              {formatTime(request.created_at)}
              {request.order ? (
                <>
                  {" · order "}
                  <Link to={`/orders/${request.order.id}`} className="hover:underline">
                    #{request.order.display_id}
                  </Link>
                </>
              ) : null}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <StatusBadge color={STATUS_COLORS[request.status]} data-testid="support-thread-status">
              {STATUS_LABELS[request.status]}
            </StatusBadge>
            {closed ? (
              <Button size="small" variant="secondary" isLoading={setStatus.isPending} onClick={() => setStatus.mutate("open")}>
                Reopen
              </Button>
            ) : (
              <>
                {request.status === "open" && (
                  <Button
                    size="small"
                    variant="secondary"
                    isLoading={setStatus.isPending}
                    onClick={() => setStatus.mutate("waiting_for_customer")}
                  >
                    Wait for customer
                  </Button>
                )}
                <Button
                  size="small"
                  variant="secondary"
                  isLoading={setStatus.isPending}
                  onClick={() => setStatus.mutate("closed")}
                  data-testid="support-close"
                >
                  Close
                </Button>
              </>
            )}
          </div>
        </div>
        <div className="flex flex-col gap-y-3 px-6 py-4">
          {(request.messages ?? []).map((message) => (
            <div
              key={message.id}
              data-testid="support-thread-message"
              className={`rounded-lg border p-3 ${message.author === "merchant" ? "bg-ui-bg-subtle ml-12" : "mr-12"}`}
            >
              <div className="mb-1 flex items-center gap-x-2">
                <Badge size="2xsmall" color={message.author === "merchant" ? "blue" : "grey"}>
                  {message.author === "merchant" ? "Shop" : "Customer"}
                </Badge>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatTime(message.created_at)}
                </Text>
              </div>
              <Text size="small" className="whitespace-pre-wrap break-words">
                {message.body}
              </Text>
            </div>
          ))}
        </div>
      </Container>
      <Container className="flex flex-col gap-y-2">
        <Heading level="h2">Reply</Heading>
        {closed ? (
          <Text size="small" className="text-ui-fg-subtle">
            This request is closed. Reopen it to reply.
          </Text>
        ) : (
          <>
            <Textarea
              value={reply}
              onChange={(e) => setReply(e.target.value)}
              rows={6}
              maxLength={MAX_MESSAGE_LENGTH}
              placeholder="Write your answer. The customer gets it by email."
              data-testid="support-reply-input"
            />
            <div className="flex items-center justify-between">
              <Text size="xsmall" className="text-ui-fg-subtle">
                {reply.length} / {MAX_MESSAGE_LENGTH}
              </Text>
              <Button
                size="small"
                disabled={trimmed.length === 0}
                isLoading={sendReply.isPending}
                onClick={() => sendReply.mutate(trimmed)}
                data-testid="support-reply-send"
              >
                Send reply
              </Button>
            </div>
          </>
        )}
      </Container>
    </div>
  )
}

export default SupportThreadPage
