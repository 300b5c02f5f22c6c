// Outlook keeps a compose body as HTML. When an add-in asks for it as Text, or writes Text into it, Outlook
// converts: block elements and <br> become line breaks, and text becomes escaped HTML with <br>. The harness
// does the same so the add-in sees what it would see in Outlook on the web.

const BLOCK = new Set(["P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TABLE", "UL", "OL"]);

export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(html, "text/html");
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === "SCRIPT" || node.tagName === "STYLE" || node.tagName === "HEAD") return;
    if (node.tagName === "BR") {
      parts.push("\n");
      return;
    }
    const block = BLOCK.has(node.tagName);
    if (block && parts.length > 0 && !parts[parts.length - 1]?.endsWith("\n")) parts.push("\n");
    node.childNodes.forEach(walk);
    if (block && !parts[parts.length - 1]?.endsWith("\n")) parts.push("\n");
  };
  walk(document.body);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n+$/, "");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function textToHtml(text: string): string {
  return `<div>${escapeHtml(text).replace(/\r?\n/g, "<br>")}</div>`;
}

/**
 * Puts stored HTML into an editable element without innerHTML: parsed into an inert document first (scripts
 * there never run), with event-handler attributes dropped, since the harness displays whatever a message holds.
 */
export function showHtmlIn(element: HTMLElement, html: string): void {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  parsed.querySelectorAll("script").forEach((script) => script.remove());
  parsed.querySelectorAll("*").forEach((node) => {
    for (const attribute of [...node.attributes]) {
      if (attribute.name.toLowerCase().startsWith("on")) node.removeAttribute(attribute.name);
    }
  });
  element.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}
