// Reads the visible lines of a delivered signal body. Exchange and Outlook wrap what the compose pane wrote
// in html/head/meta/body, add divs, paragraphs, spans, <br>, &nbsp;, blank lines and style/class/dir
// attributes; Word-based Outlook adds <o:p> and a head <style>; a text body converted to HTML gets <font>. All of that is peeled off. Any other tag
// (links, images, tables, quotes), style that could add content or fetch a URL, text in the head, or
// markup this reader does not understand makes the body "not a template": refusing is always safe here.
// Kept free of any HTML library: this file is bundled into the send guard.

import { decodeCharacterReference } from "./html-entities";

export type BodyLinesResult = { ok: true; lines: string[] } | { ok: false; reason: string };

const BLOCK_TAGS = new Set(["div", "p", "br"]);
// <font> is what Exchange wraps around a plain-text body it converts to HTML; like <span> it adds no text.
const INLINE_TAGS = new Set(["span", "o:p", "font"]);
const HEAD_TAGS = new Set(["meta", "title", "style"]);
const COMMON_ATTRIBUTES = new Set(["style", "class", "dir", "lang", "id", "align", "xml:lang"]);
const ATTRIBUTES_BY_TAG: Record<string, ReadonlySet<string>> = {
  html: new Set(["xmlns", "lang", "dir", "xml:lang"]),
  meta: new Set(["http-equiv", "content", "name", "charset"]),
  body: new Set([...COMMON_ATTRIBUTES, "link", "vlink"]),
  style: new Set(["type", "media", "style"]),
  title: new Set<string>(),
  font: new Set(["size", "face", "color"]),
};
// Styles may lay text out but never add any (`content:`), fetch anything (`url(`, `@import`) or run code,
const UNSAFE_STYLE = /url\s*\(|@import|expression\s*\(|content\s*:|behavior\s*:|-moz-binding|javascript:|image-set/i;
// and never hide any: text a reader cannot see would still travel with the signal. (Exchange writes
// `<style style="display:none">` in the head; hiding a style sheet hides no text, so that attribute is exempt.)
const HIDING_STYLE =
  /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|mso-hide|font-size\s*:\s*0*\.?0+(?:[a-z%]+)?\s*(?:;|!|\}|$)|opacity\s*:\s*0*\.?0+\s*(?:;|!|\}|$)|(?:max-)?(?:height|width)\s*:\s*0+(?:[a-z%]+)?\s*(?:;|!|\}|$)/i;
const UNSAFE_VALUE = /javascript:|vbscript:|data:|url\s*=/i;

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;
const MARKUP = /[<&]/g;
const STYLE_END = /<\/style/gi;
const TITLE_END = /<\/title/gi;
const HTML_WHITESPACE = /[\t\n\f\r \u00A0]+/g;

function attributeProblem(tag: string, attributes: string): string | undefined {
  const allowed = ATTRIBUTES_BY_TAG[tag] ?? COMMON_ATTRIBUTES;
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? "").toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    const known = allowed.has(name) || (tag === "html" && name.startsWith("xmlns:"));
    if (!known) return "html-disallowed-attribute";
    const unsafeStyle = name === "style" && (UNSAFE_STYLE.test(value) || (tag !== "style" && HIDING_STYLE.test(value)));
    if (UNSAFE_VALUE.test(value) || unsafeStyle) return "html-disallowed-style";
  }
  return undefined;
}

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

export function htmlBodyLines(content: string): BodyLinesResult {
  let text = "";
  let inHead = false;
  let index = 0;
  while (index < content.length) {
    const character = content[index] ?? "";
    if (content.startsWith("<!--", index)) {
      const end = content.indexOf("-->", index + 4);
      if (end < 0) return { ok: false, reason: "html-malformed" };
      // Outlook reads what sits inside a conditional comment, so it is content, not a comment: refused in the
      // body, and in the head allowed only as markup without text (Word's <xml> settings block).
      const comment = content.slice(index + 4, end);
      const conditional = /^\s*\[if/i.test(comment);
      if (conditional && (!inHead || /[^\s]/.test(comment.replace(/^\s*\[if[^\]]*\]>|<!\[endif\]\s*$|<[^>]*>/gi, "")))) {
        return { ok: false, reason: "html-conditional-comment" };
      }
      index = end + 3;
      continue;
    }
    if (content.startsWith("<!", index)) {
      const end = content.indexOf(">", index);
      if (end < 0 || !/^<!doctype\s/i.test(content.slice(index, end + 1))) return { ok: false, reason: "html-malformed" };
      index = end + 1;
      continue;
    }
    if (character === "<") {
      TAG.lastIndex = index;
      const match = TAG.exec(content);
      if (!match) return { ok: false, reason: "html-malformed" };
      const closing = match[1] === "/";
      const tag = (match[2] ?? "").toLowerCase();
      index = TAG.lastIndex;
      const structural = tag === "html" || tag === "head" || tag === "body";
      const allowedHere = structural || (HEAD_TAGS.has(tag) ? inHead : !inHead && (BLOCK_TAGS.has(tag) || INLINE_TAGS.has(tag)));
      if (!allowedHere) return { ok: false, reason: "html-disallowed-tag" };
      if (!closing) {
        const problem = attributeProblem(tag, match[3] ?? "");
        if (problem) return { ok: false, reason: problem };
      }
      if (tag === "head") inHead = !closing;
      else if (tag === "body") inHead = false;
      else if (BLOCK_TAGS.has(tag)) text += "\n";
      else if ((tag === "title" || tag === "style") && !closing) {
        // <title> and <style> hold raw text up to their end tag; a style that could add content is refused.
        const endTag = tag === "style" ? STYLE_END : TITLE_END;
        endTag.lastIndex = index;
        const end = endTag.exec(content)?.index ?? -1;
        if (end < 0) return { ok: false, reason: "html-malformed" };
        const sheet = content.slice(index, end);
        if (tag === "style" && (UNSAFE_STYLE.test(sheet) || HIDING_STYLE.test(sheet))) return { ok: false, reason: "html-disallowed-style" };
        index = end;
      }
      continue;
    }
    let decoded: string;
    if (character === "&") {
      REFERENCE.lastIndex = index;
      const reference = REFERENCE.exec(content);
      const value = reference ? decodeCharacterReference(reference[1] ?? "") : undefined;
      decoded = value ?? "&";
      index = reference && value !== undefined ? REFERENCE.lastIndex : index + 1;
    } else {
      // A run of plain text up to the next tag or character reference.
      MARKUP.lastIndex = index;
      const end = MARKUP.exec(content)?.index ?? content.length;
      decoded = content.slice(index, end);
      index = end;
    }
    if (inHead && !/^[\t\n\f\r ]*$/.test(decoded)) return { ok: false, reason: "html-text-in-head" };
    // A line break in HTML source is only whitespace; "\n" in `text` marks the block boundaries above.
    text += decoded.replace(/[\t\n\f\r]/g, " ");
  }
  return { ok: true, lines: visibleLines(text) };
}
