// `Prefer: outlook.body-content-type="text"|"html"`: Graph converts the body (and uniqueBody) to the asked
// format and says so in Preference-Applied. https://learn.microsoft.com/graph/api/message-get#request-headers
import type { StoredMessage } from "./model";

export type BodyFormat = "html" | "text";

const preference = /outlook\.body-content-type\s*=\s*"?(html|text)"?/i;

export function preferredBodyFormat(prefer: string | undefined): BodyFormat | null {
  const match = preference.exec(prefer ?? "");
  return match ? (match[1]?.toLowerCase() as BodyFormat) : null;
}

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>/gi, "\r\n")
    .replace(/<\/(p|div|li|tr|h[1-6])>/gi, "\r\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => entities[e] ?? e)
    .replace(/(\r\n){3,}/g, "\r\n\r\n")
    .trim();
}

function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>${escaped.replace(/\r?\n/g, "<br>")}</div></body></html>`;
}

export function formatBody(body: StoredMessage["body"], format: BodyFormat | null): StoredMessage["body"] {
  if (!format || format === body.contentType) return { ...body };
  return format === "text" ? { contentType: "text", content: htmlToText(body.content) } : { contentType: "html", content: textToHtml(body.content) };
}
