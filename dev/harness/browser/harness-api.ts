// The page's calls to the harness server. Every answer is checked for status; errors carry the server's words.
import type { FolderSummary, HarnessSession, MessageDetail, MessageSummary, SendRequest } from "../api-types";

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { "content-type": "application/json", ...(init?.headers ?? {}) } });
  const text = await response.text();
  const body: unknown = text === "" ? undefined : JSON.parse(text);
  if (!response.ok) {
    const message = (body as { error?: string } | undefined)?.error ?? `${response.status} ${response.statusText}`;
    throw new Error(message);
  }
  return body as T;
}

const enc = encodeURIComponent;

export const harnessApi = {
  session: () => request<HarnessSession>("/harness/api/session"),
  folders: (as: string, mailbox: string) => request<FolderSummary[]>(`/harness/api/mailboxes/${enc(mailbox)}/folders?as=${enc(as)}`),
  messages: (as: string, mailbox: string, folderId: string) =>
    request<MessageSummary[]>(`/harness/api/mailboxes/${enc(mailbox)}/folders/${enc(folderId)}/messages?as=${enc(as)}`),
  message: (as: string, mailbox: string, messageId: string) =>
    request<MessageDetail>(`/harness/api/mailboxes/${enc(mailbox)}/messages/${enc(messageId)}?as=${enc(as)}`),
  send: (message: SendRequest) => request<{ sent: true }>("/harness/api/send", { method: "POST", body: JSON.stringify(message) }),
  clientBody: (fixture: string, lines: string[]) =>
    request<{ html: string }>("/harness/api/client-body", { method: "POST", body: JSON.stringify({ fixture, lines }) }).then((r) => r.html),
  /** By hand, as classic Outlook does it: her copy of a reply, forward or delete ends up in her own mailbox. */
  act: (action: "reply" | "forward" | "delete", body: { as: string; mailbox: string; messageId: string; comment?: string; to?: { name: string; address: string }[] }) =>
    request<{ done: true }>(`/harness/api/${action}`, { method: "POST", body: JSON.stringify(body) }),
  accessToken: (as: string) =>
    request<{ accessToken: string }>("/harness/api/token", { method: "POST", body: JSON.stringify({ as }) }).then((r) => r.accessToken),
};
