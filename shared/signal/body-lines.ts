// Reads the visible lines of a signal body as Outlook hands it over (body.getAsync(Html) while composing) or as
// Exchange delivers it. Each client wraps what the compose pane wrote in its own markup: Outlook on the web
// and new Outlook add divs with classes and inline styles and a head <style>; classic Windows and Mac write
// Word HTML (meta Generator, <link rel=File-List>, conditional-comment <xml> settings, Word's style sheet,
// <p class=MsoNormal>, <o:p>); Exchange wraps a converted text body in <font>. Every part of that is read
// against a fixed list of what those clients write (tags here, attributes in html-attributes.ts, styles in
// html-style.ts, Word's settings in office-xml.ts) and peeled off. Anything not on a list — a link, an
// image, text in <title>, a meta or comment of one's own, a style that is not plainly harmless — makes the
// body "not a template": refusing is always safe here.
// Kept free of any HTML library and of post-ES2016 syntax: this file is bundled into the send guard.

import { attributesProblem } from "./html-attributes";
import { decodeCharacterReference } from "./html-entities";
import { styleSheetProblem } from "./html-style";
import { officeXmlProblem } from "./office-xml";

export type BodyLinesResult = { ok: true; lines: string[] } | { ok: false; reason: string };

const BLOCK_TAGS = new Set(["div", "p", "br"]);
// <font> is what Exchange wraps around a plain-text body it converts to HTML; like <span> it adds no text.
const INLINE_TAGS = new Set(["span", "o:p", "font"]);
const HEAD_TAGS = new Set(["meta", "link", "title", "style", "script"]);
// Elements whose content is raw text up to their end tag.
const RAW_TEXT_END: Readonly<Record<string, RegExp>> = { title: /<\/title\s*>/gi, style: /<\/style\s*>/gi, script: /<\/script\s*>/gi, xml: /<\/xml\s*>/gi };

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;
const MARKUP = /[<&]/g;
const HTML_WHITESPACE = /[\t\n\f\r \u00A0]+/g;
// Comments are invisible but travel with the message: only the ones Exchange writes are not data.
const KNOWN_COMMENT = /^\s*(?:converted from text|StartFragment|EndFragment)?\s*$/i;
// Word's conditional comments: "[if gte mso 9]", "[if !mso]", "[if gte mso 10]".
// "<!DOCTYPE html>" and the W3C public identifiers; a doctype of one's own could carry text.
const DOCTYPE = /^<!doctype html(?: public "-\/\/W3C\/\/DTD X?HTML [0-9.]{1,3}(?: (?:Transitional|Strict))?\/\/EN"(?: "http:\/\/www\.w3\.org\/TR\/[a-z0-9/.-]{1,60}")?)?\s*>$/i;
const CONDITION = /^\[if (?:!mso|(?:(?:gte|gt|lte|lt) )?mso(?: \d{1,2})?)\]>/i;

/** Splits text into trimmed, non-empty lines, collapsing runs of spaces (a no-break space is a space). */
export function visibleLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(HTML_WHITESPACE, " ").trim())
    .filter((line) => line.length > 0);
}

export function textBodyLines(content: string): string[] {
  return visibleLines(content.replace(/\r\n?/g, "\n"));
}

type Refusal = { ok: false; reason: string };
const refuse = (reason: string): Refusal => ({ ok: false, reason });

/** The raw text of a title/style/script/xml element starting at `index`, and where its end tag ends. */
function rawText(content: string, tag: string, index: number): { text: string; next: number } | undefined {
  const endTag = RAW_TEXT_END[tag];
  if (!endTag) return undefined;
  endTag.lastIndex = index;
  const end = endTag.exec(content);
  return end ? { text: content.slice(index, end.index), next: endTag.lastIndex } : undefined;
}

/** What a head element's raw text may be: an empty title or script, a harmless style sheet, Word's settings. */
function rawTextProblem(tag: string, text: string): string | undefined {
  if (tag === "title" || tag === "script") return /^\s*$/.test(text) ? undefined : "html-text-in-head";
  if (tag === "style") return styleSheetProblem(text);
  return officeXmlProblem(text);
}

/** The inside of a conditional comment in the head: Word's <xml> settings and <style> sheets, nothing else. */
function conditionalProblem(inner: string): string | undefined {
  let index = 0;
  while (index < inner.length) {
    const lt = inner.indexOf("<", index);
    if (inner.slice(index, lt < 0 ? inner.length : lt).trim() !== "") return "html-conditional-comment";
    if (lt < 0) return undefined;
    TAG.lastIndex = lt;
    const match = TAG.exec(inner);
    const tag = (match?.[2] ?? "").toLowerCase();
    if (!match || match[1] === "/" || (tag !== "xml" && tag !== "style")) return "html-conditional-comment";
    const problem = attributesProblem(tag, match[3] ?? "");
    if (problem && tag === "style") return problem;
    if (tag === "xml" && (match[3] ?? "").trim() !== "") return "html-head-data";
    const raw = rawText(inner, tag, TAG.lastIndex);
    if (!raw) return "html-malformed";
    const rawProblem = rawTextProblem(tag, raw.text);
    if (rawProblem) return rawProblem;
    index = raw.next;
  }
  return undefined;
}

export function htmlBodyLines(content: string): BodyLinesResult {
  let text = "";
  let inHead = false;
  let index = 0;
  while (index < content.length) {
    const character = content[index] ?? "";
    if (content.startsWith("<!--", index)) {
      const end = content.indexOf("-->", index + 4);
      if (end < 0) return refuse("html-malformed");
      const comment = content.slice(index + 4, end);
      if (/^\s*\[if/i.test(comment)) {
        // Outlook reads what sits inside a conditional comment, so it is content, not a comment: refused in the
        // body, and in the head allowed only as Word's settings and style sheets.
        const condition = CONDITION.exec(comment.trim());
        const inner = comment.trim().replace(CONDITION, "").replace(/<!\[endif\]\s*$/i, "");
        if (!inHead || !condition || !/<!\[endif\]\s*$/i.test(comment)) return refuse("html-conditional-comment");
        const problem = conditionalProblem(inner);
        if (problem) return refuse(problem);
      } else if (!KNOWN_COMMENT.test(comment)) {
        return refuse("html-comment-text");
      }
      index = end + 3;
      continue;
    }
    if (content.startsWith("<!", index)) {
      const end = content.indexOf(">", index);
      if (end < 0 || !DOCTYPE.test(content.slice(index, end + 1))) return refuse("html-malformed");
      index = end + 1;
      continue;
    }
    if (character === "<") {
      TAG.lastIndex = index;
      const match = TAG.exec(content);
      if (!match) return refuse("html-malformed");
      const closing = match[1] === "/";
      const tag = (match[2] ?? "").toLowerCase();
      index = TAG.lastIndex;
      const structural = tag === "html" || tag === "head" || tag === "body";
      const allowedHere = structural || (HEAD_TAGS.has(tag) ? inHead : !inHead && (BLOCK_TAGS.has(tag) || INLINE_TAGS.has(tag)));
      if (!allowedHere) return refuse("html-disallowed-tag");
      if (!closing) {
        const problem = attributesProblem(tag, match[3] ?? "");
        if (problem) return refuse(problem);
      }
      if (tag === "head") inHead = !closing;
      else if (tag === "body") inHead = false;
      else if (BLOCK_TAGS.has(tag)) text += "\n";
      else if (!closing && RAW_TEXT_END[tag]) {
        const raw = rawText(content, tag, index);
        if (!raw) return refuse("html-malformed");
        const problem = rawTextProblem(tag, raw.text);
        if (problem) return refuse(problem);
        index = raw.next;
      }
      continue;
    }
    let decoded: string;
    if (character === "&") {
      REFERENCE.lastIndex = index;
      const reference = REFERENCE.exec(content);
      const value = reference ? decodeCharacterReference(reference[1] ?? "") : undefined;
      decoded = value !== undefined ? value : "&";
      index = reference && value !== undefined ? REFERENCE.lastIndex : index + 1;
    } else {
      // A run of plain text up to the next tag or character reference.
      MARKUP.lastIndex = index;
      const next = MARKUP.exec(content);
      const end = next ? next.index : content.length;
      decoded = content.slice(index, end);
      index = end;
    }
    if (inHead && !/^[\t\n\f\r ]*$/.test(decoded)) return refuse("html-text-in-head");
    // A line break in HTML source is only whitespace; "\n" in `text` marks the block boundaries above.
    text += decoded.replace(/[\t\n\f\r]/g, " ");
  }
  return { ok: true, lines: visibleLines(text) };
}
