// The few CSS values a signal body may carry, read strictly: colours (so text stays readable on the page),
// lengths and font sizes (so nothing shrinks to nothing or moves out of sight). Anything this file cannot read
// is treated as unsafe by its callers. Plain ES2016: this file runs in classic Outlook's send-guard runtime.

// An em counts as Outlook's usual 12pt; em sizes are only compared with 1em itself (see isReadableFontSize).
const EM_IN_POINTS = 12;
const POINTS_PER_UNIT: Readonly<Record<string, number>> = { pt: 1, px: 0.75, pc: 12, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, em: EM_IN_POINTS, rem: EM_IN_POINTS };
const LENGTH = /^(\d*\.?\d+)(pt|px|pc|in|cm|mm|em|rem)?$/i;

/** A non-negative length in points ("11.0pt", ".5in", "0"); undefined for anything else, negative ones included. */
export function lengthInPoints(value: string): number | undefined {
  const match = LENGTH.exec(value.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] ?? "").toLowerCase();
  if (unit === "") return amount === 0 ? 0 : undefined;
  const factor = POINTS_PER_UNIT[unit];
  return factor === undefined ? undefined : amount * factor;
}

/** Text smaller than this is not something a reader sees: Word's smallest default is 10pt. */
export const MIN_FONT_SIZE_PT = 8;
const READABLE_FONT_KEYWORDS = new Set(["small", "medium", "large", "x-large", "xx-large", "larger", "inherit", "initial"]);

export function isReadableFontSize(value: string): boolean {
  const text = value.trim().toLowerCase();
  if (READABLE_FONT_KEYWORDS.has(text)) return true;
  const percent = /^(\d*\.?\d+)%$/.exec(text);
  if (percent) return Number(percent[1]) >= 100;
  // Relative units multiply along nesting: only sizes that do not shrink are safe.
  if (/(?:^|\d)r?em$/.test(text)) return (lengthInPoints(text) ?? 0) >= EM_IN_POINTS;
  return (lengthInPoints(text) ?? 0) >= MIN_FONT_SIZE_PT;
}

/** Margins and paddings: never negative (that moves text out of sight) and never more than two inches. */
export const MAX_SPACING_PT = 144;

export function isModestSpacing(value: string): boolean {
  const parts = value.trim().split(/\s+/);
  if (parts.length < 1 || parts.length > 4) return false;
  return parts.every((part) => {
    if (part.toLowerCase() === "auto") return true;
    const points = lengthInPoints(part);
    return points !== undefined && points <= MAX_SPACING_PT;
  });
}

export function isReadableLineHeight(value: string): boolean {
  const text = value.trim().toLowerCase();
  if (text === "normal" || text === "inherit") return true;
  const percent = /^(\d*\.?\d+)%$/.exec(text);
  if (percent) return Number(percent[1]) >= 100;
  if (/^\d*\.?\d+$/.test(text)) return Number(text) >= 1;
  return (lengthInPoints(text) ?? 0) >= MIN_FONT_SIZE_PT;
}

// Named colours Outlook and Word write, with their RGB; any other name is not read.
const NAMED_COLOURS: Readonly<Record<string, readonly [number, number, number]>> = {
  black: [0, 0, 0],
  windowtext: [0, 0, 0],
  navy: [0, 0, 128],
  blue: [0, 0, 255],
  darkblue: [0, 0, 139],
  purple: [128, 0, 128],
  maroon: [128, 0, 0],
  darkred: [139, 0, 0],
  green: [0, 128, 0],
  darkgreen: [0, 100, 0],
  teal: [0, 128, 128],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
  white: [255, 255, 255],
  window: [255, 255, 255],
};

function channel(text: string): number | undefined {
  const percent = /^(\d*\.?\d+)%$/.exec(text);
  const value = percent ? (Number(percent[1]) * 255) / 100 : /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
  return value >= 0 && value <= 255 ? value : undefined;
}

/** [r, g, b] of an opaque colour; undefined for transparent, translucent or unreadable values. */
export function opaqueColour(value: string): readonly [number, number, number] | undefined {
  const text = value.trim().toLowerCase();
  const named = NAMED_COLOURS[text];
  if (named) return named;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text);
  if (hex) {
    let digits = hex[1] ?? "";
    if (digits.length === 3) digits = digits.replace(/./g, (digit) => digit + digit);
    if (digits.length === 8 && digits.slice(6) !== "ff") return undefined;
    return [parseInt(digits.slice(0, 2), 16), parseInt(digits.slice(2, 4), 16), parseInt(digits.slice(4, 6), 16)];
  }
  const functional = /^rgba?\(([^)]*)\)$/.exec(text);
  if (!functional) return undefined;
  const parts = (functional[1] ?? "").split(/\s*[,/]\s*|\s+/).filter((part) => part !== "");
  if (parts.length !== 3 && parts.length !== 4) return undefined;
  if (parts.length === 4) {
    const alpha = /%$/.test(parts[3] ?? "") ? Number((parts[3] ?? "").slice(0, -1)) / 100 : Number(parts[3]);
    if (!(alpha >= 1)) return undefined;
  }
  const [r, g, b] = parts.slice(0, 3).map(channel);
  return r === undefined || g === undefined || b === undefined ? undefined : [r, g, b];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const INHERITED = new Set(["inherit", "currentcolor", "initial"]);

/** Text colour: opaque and dark enough to read on a white page (contrast at least 3:1). White, pale and transparent text is not. */
export function isReadableTextColour(value: string): boolean {
  if (INHERITED.has(value.trim().toLowerCase())) return true;
  const colour = opaqueColour(value);
  return colour !== undefined && relativeLuminance(colour) <= 0.3;
}

/** Background: none, or light enough that dark text stays readable on it. */
export function isLightBackground(value: string): boolean {
  const text = value.trim().toLowerCase();
  if (text === "transparent" || text === "none" || INHERITED.has(text)) return true;
  const colour = opaqueColour(text);
  return colour !== undefined && relativeLuminance(colour) >= 0.7;
}
