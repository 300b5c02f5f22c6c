// Styles in a signal body are allowed by a fixed list of harmless properties, each with the values it may
// take — never by a list of forbidden ones. What Outlook and Word write is on the list (fonts, readable sizes
// and colours, modest margins, Word's own bookkeeping); anything that could hide, shrink, whiten, move, add
// or fetch text is not, because it is simply not listed. Plain ES2016: this file runs in classic Outlook's
// send-guard runtime.
import { isLightBackground, isModestSpacing, isReadableFontSize, isReadableLineHeight, isReadableTextColour, lengthInPoints } from "./css-values";
import { isWordStyleName } from "./word-style-names";

type ValueCheck = (value: string) => boolean;

const oneOf = (...values: string[]): ValueCheck => {
  const allowed = new Set(values);
  return (value) => allowed.has(value.toLowerCase());
};
const matches = (pattern: RegExp): ValueCheck => (value) => pattern.test(value);

// Font names: letters, digits, spaces, hyphens and underscores, quoted or not, separated by commas.
// No backslash escapes (they could spell anything) and no url().
const FONT_FAMILY = /^\s*(?:"[A-Za-z0-9 _-]{1,60}"|'[A-Za-z0-9 _-]{1,60}'|[A-Za-z0-9 _-]{1,60})(?:\s*,\s*(?:"[A-Za-z0-9 _-]{1,60}"|'[A-Za-z0-9 _-]{1,60}'|[A-Za-z0-9 _-]{1,60}))*\s*$/;
const fontFamily = matches(FONT_FAMILY);
const yesNo = oneOf("yes", "no");
const integer = matches(/^-?\d{1,10}$/);
const LANGUAGE = /^(?:[a-z]{2,3}(?:-(?:[a-z]{2}|\d{3}))?|x-none)$/i;
const language = matches(LANGUAGE);
const themeFont = matches(/^(?:minor|major)-(?:latin|bidi|fareast)$/);
const styleName: ValueCheck = (value) => {
  const unquoted = /^"(.*)"$/.exec(value);
  const name = unquoted ? (unquoted[1] ?? "") : value;
  return name === "" || isWordStyleName(name);
};
const length: ValueCheck = (value) => lengthInPoints(value) !== undefined;
const pageSize = matches(/^(?:auto|portrait|landscape|(?:\d*\.?\d+(?:in|pt|cm|mm)) (?:\d*\.?\d+(?:in|pt|cm|mm)))$/);
const borderPart = (part: string) =>
  /^(?:none|solid|dotted|dashed|double|windowtext|thin|medium)$/i.test(part) || isReadableTextColour(part) || (lengthInPoints(part) ?? Infinity) <= 6;
const border: ValueCheck = (value) => value.split(/\s+/).every(borderPart);

const PROPERTIES: Readonly<Record<string, ValueCheck>> = {
  "font-family": fontFamily,
  "font-size": isReadableFontSize,
  "font-weight": matches(/^(?:normal|bold|bolder|lighter|[1-9]00)$/i),
  "font-style": oneOf("normal", "italic", "oblique"),
  color: isReadableTextColour,
  background: isLightBackground,
  "background-color": isLightBackground,
  "text-decoration": oneOf("none", "underline"),
  "text-underline": oneOf("single", "none"),
  "text-align": oneOf("left", "right", "center", "justify", "start", "end"),
  direction: oneOf("ltr", "rtl"),
  "line-height": isReadableLineHeight,
  margin: isModestSpacing,
  "margin-top": isModestSpacing,
  "margin-right": isModestSpacing,
  "margin-bottom": isModestSpacing,
  "margin-left": isModestSpacing,
  padding: isModestSpacing,
  "padding-top": isModestSpacing,
  "padding-right": isModestSpacing,
  "padding-bottom": isModestSpacing,
  "padding-left": isModestSpacing,
  border,
  "border-top": border,
  "border-right": border,
  "border-bottom": border,
  "border-left": border,
  "word-wrap": oneOf("normal", "break-word", "anywhere"),
  "overflow-wrap": oneOf("normal", "break-word", "anywhere"),
  "word-break": oneOf("normal", "break-all", "keep-all", "break-word"),
  "-webkit-nbsp-mode": oneOf("normal", "space"),
  "line-break": oneOf("auto", "normal", "after-white-space", "loose", "strict"),
  "tab-interval": length,
  // @page and @font-face in Word's style sheet
  size: pageSize,
  page: matches(/^[A-Za-z][A-Za-z0-9]{0,30}$/),
  "panose-1": matches(/^[\d ]{1,40}$/),
  // Word's own bookkeeping: each a fixed vocabulary or a number; mso-hide is not among them.
  "mso-style-name": styleName,
  "mso-style-parent": styleName,
  "mso-style-link": styleName,
  "mso-style-next": styleName,
  "mso-style-type": oneOf("personal", "personal-compose", "personal-reply", "export-only"),
  "mso-style-priority": integer,
  "mso-style-unhide": yesNo,
  "mso-style-qformat": yesNo,
  "mso-style-noshow": yesNo,
  "mso-default-props": yesNo,
  "mso-pagination": oneOf("widow-orphan", "none"),
  "mso-ligatures": oneOf("none", "standardcontextual", "standard", "contextual", "historical", "discretional", "all"),
  "mso-margin-top-alt": isModestSpacing,
  "mso-margin-bottom-alt": isModestSpacing,
  "mso-padding-alt": isModestSpacing,
  "mso-para-margin": isModestSpacing,
  "mso-header-margin": isModestSpacing,
  "mso-footer-margin": isModestSpacing,
  "mso-paper-source": integer,
  "mso-tstyle-rowband-size": integer,
  "mso-tstyle-colband-size": integer,
  "mso-font-charset": integer,
  "mso-generic-font-family": oneOf("roman", "swiss", "modern", "script", "decorative", "auto"),
  "mso-font-pitch": oneOf("variable", "fixed", "auto"),
  "mso-font-signature": matches(/^[-\d ]{1,80}$/),
  "mso-font-alt": fontFamily,
  "mso-ascii-font-family": fontFamily,
  "mso-hansi-font-family": fontFamily,
  "mso-bidi-font-family": fontFamily,
  "mso-fareast-font-family": fontFamily,
  "mso-ascii-theme-font": themeFont,
  "mso-hansi-theme-font": themeFont,
  "mso-bidi-theme-font": themeFont,
  "mso-fareast-theme-font": themeFont,
  "mso-ansi-font-size": isReadableFontSize,
  "mso-bidi-font-size": isReadableFontSize,
  "mso-ansi-language": language,
  "mso-fareast-language": language,
  "mso-bidi-language": language,
  // Word's VML rule: a fragment-only URL that fetches nothing ("v\:* {behavior:url(#default#VML);}").
  behavior: matches(/^url\(#default#(?:VML|ieooui)\)$/),
};

export type StyleProblem = "html-disallowed-style" | "html-comment-text";

/** Problems of a declaration list ("font-size: 12pt; color: rgb(0, 0, 0)"), or undefined when every one is listed. */
export function declarationsProblem(declarations: string): StyleProblem | undefined {
  // Escapes, comments and at-rules inside a declaration list could spell or fetch anything.
  if (/[\\@<>{}]|\/\*/.test(declarations)) return "html-disallowed-style";
  for (const declaration of declarations.split(";")) {
    if (declaration.trim() === "") continue;
    const colon = declaration.indexOf(":");
    if (colon < 0) return "html-disallowed-style";
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).replace(/!\s*important\s*$/i, "").trim();
    const check = Object.prototype.hasOwnProperty.call(PROPERTIES, name) ? PROPERTIES[name] : undefined;
    if (!check || value === "" || !check(value)) return "html-disallowed-style";
  }
  return undefined;
}

// Word's section comments in its style sheet; any other comment text is data that travels unseen.
const KNOWN_SHEET_COMMENT = /^\s*(?:Font|Style|List|Page) Definitions\s*$/i;
const SELECTOR = /^[A-Za-z0-9_.,:*#\s\\>+~-]+$/;

/** Problems of a style sheet (the text of a head `<style>`), read rule by rule. */
export function styleSheetProblem(sheet: string): StyleProblem | undefined {
  // Word wraps its sheet in an HTML comment ("<!-- … -->"), Exchange too; those markers are not content.
  let text = sheet.replace(/^\s*<!--/, "").replace(/-->\s*$/, "");
  let comment: RegExpExecArray | null;
  const COMMENT = /\/\*([\s\S]*?)\*\//g;
  while ((comment = COMMENT.exec(text)) !== null) {
    if (!KNOWN_SHEET_COMMENT.test(comment[1] ?? "")) return "html-comment-text";
  }
  text = text.replace(COMMENT, " ");
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf("{", index);
    if (open < 0) return text.slice(index).trim() === "" ? undefined : "html-disallowed-style";
    const close = text.indexOf("}", open);
    if (close < 0) return "html-disallowed-style";
    const prelude = text.slice(index, open).trim();
    const atRule = /^@([a-z-]+)(?:\s+([A-Za-z][A-Za-z0-9]{0,30}))?$/i.exec(prelude);
    // Only the two at-rules Word writes; @import, @media, @namespace and the rest are not read.
    if (atRule ? !/^(?:font-face|page)$/i.test(atRule[1] ?? "") : !SELECTOR.test(prelude) || /:(?:before|after)|::/i.test(prelude)) {
      return "html-disallowed-style";
    }
    const problem = declarationsProblem(text.slice(open + 1, close));
    if (problem) return problem;
    index = close + 1;
  }
  return undefined;
}
