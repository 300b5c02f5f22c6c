// The attributes a signal body's tags may carry, each with the values Outlook, Word and Exchange write. A value
// is data that travels with the message, so free text is never allowed: class="Fleur", id="vader",
// lang="broertje", a meta content or a namespace URI of one's own are refused. Plain ES2016: this file runs in
// classic Outlook's send-guard runtime.
import { declarationsProblem } from "./html-style";
import { isReadableTextColour } from "./css-values";

type ValueCheck = (value: string) => boolean;
const matches = (pattern: RegExp): ValueCheck => (value) => pattern.test(value);

const CLASS_TOKEN = /^(?:x_)?(?:Mso[A-Za-z]{1,30}\d{0,3}|msonormal\d?|WordSection\d{1,2}|elementToProof|PlainText|ContentPasted\d{1,3}|EmailQuote)$/;
const classes: ValueCheck = (value) => value.trim().split(/\s+/).every((token) => CLASS_TOKEN.test(token));
const ids = matches(/^(?:x_)?(?:Signature|appendonsend|divRplyFwdMsg|divtagdefaultwrapper)$/);
const language = matches(/^(?:[a-z]{2,3}(?:-(?:[a-z]{2}|\d{3}))?|x-none)$/i);
const direction = matches(/^(?:ltr|rtl|auto)$/i);
const alignment = matches(/^(?:left|right|center|justify)$/i);
const style: ValueCheck = (value) => declarationsProblem(value) === undefined;
const hexColour = matches(/^#[0-9a-f]{6}$/i);
const NAMESPACE = /^(?:urn:schemas-microsoft-com:(?:vml|office:office|office:word|office:excel)|http:\/\/schemas\.microsoft\.com\/office\/2004\/12\/omml|http:\/\/www\.w3\.org\/TR\/REC-html40|http:\/\/www\.w3\.org\/1999\/xhtml)$/;
const namespace = matches(NAMESPACE);

const BLOCK: Readonly<Record<string, ValueCheck>> = { class: classes, id: ids, dir: direction, lang: language, "xml:lang": language, align: alignment, style };
const INLINE: Readonly<Record<string, ValueCheck>> = { class: classes, dir: direction, lang: language, "xml:lang": language, style };

const ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, ValueCheck>>>> = {
  html: { xmlns: namespace, "xmlns:v": namespace, "xmlns:o": namespace, "xmlns:w": namespace, "xmlns:m": namespace, "xmlns:x": namespace, lang: language, dir: direction, "xml:lang": language },
  head: {},
  body: { class: classes, lang: language, dir: direction, link: hexColour, vlink: hexColour, style },
  title: {},
  script: {},
  style: { type: matches(/^text\/css$/i), media: matches(/^(?:all|screen)$/i), style: matches(/^\s*display\s*:\s*none\s*;?\s*$/i) },
  div: BLOCK,
  p: BLOCK,
  br: {},
  span: INLINE,
  "o:p": {},
  // What Exchange writes around a plain-text body it converts (<font size="2">); size 1 is too small to read.
  font: { size: matches(/^[2-7]$/), face: (value) => style(`font-family:${value}`), color: isReadableTextColour },
};

// Meta and link elements are all-or-nothing: each must be one of the exact forms Outlook writes.
const META_FORMS: readonly RegExp[] = [
  /^http-equiv=content-type content=text\/html; ?charset=(?:utf-8|us-ascii|iso-8859-1|windows-1252)$/i,
  /^charset=(?:utf-8|us-ascii|iso-8859-1|windows-1252)$/i,
  /^name=progid content=word\.document$/i,
  /^name=(?:generator|originator) content=microsoft (?:word|exchange server) \d{1,2}(?: \(filtered(?: medium)?\))?$/i,
];
const LINK_FORMS: readonly RegExp[] = [
  /^rel=file-list href=cid:filelist\.xml@[0-9a-f]{8}\.[0-9a-f]{8}$/i,
  /^rel=edit-time-data href=cid:editdata\.mso$/i,
  /^rel=themedata href=~~themedata~~$/i,
  /^rel=colorschememapping href=~~colorschememapping~~$/i,
];

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const UNSAFE_VALUE = /javascript:|vbscript:|data:|url\s*=|expression\s*\(/i;

export type AttributeProblem = "html-disallowed-attribute" | "html-disallowed-style" | "html-head-data";

function readAttributes(text: string): Array<[string, string]> | undefined {
  const found: Array<[string, string]> = [];
  ATTRIBUTE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ATTRIBUTE.exec(text)) !== null) {
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    if (UNSAFE_VALUE.test(value)) return undefined;
    found.push([(match[1] ?? "").toLowerCase(), value]);
  }
  return found;
}

/** The problem with one opening tag's attributes, or undefined when each is one this tag may carry. */
export function attributesProblem(tag: string, text: string): AttributeProblem | undefined {
  const attributes = readAttributes(text);
  if (!attributes) return "html-disallowed-style";
  if (tag === "meta" || tag === "link") {
    const form = attributes.map(([name, value]) => `${name}=${value.trim()}`).join(" ");
    return (tag === "meta" ? META_FORMS : LINK_FORMS).some((allowed) => allowed.test(form)) ? undefined : "html-head-data";
  }
  const allowed = ATTRIBUTES[tag] ?? {};
  for (const [name, value] of attributes) {
    const check = Object.prototype.hasOwnProperty.call(allowed, name) ? allowed[name] : undefined;
    if (!check) return "html-disallowed-attribute";
    if (!check(value)) return name === "style" || name === "color" || name === "size" || name === "face" ? "html-disallowed-style" : "html-disallowed-attribute";
  }
  return undefined;
}
