// fast-check generators for the property tests: real-looking names from several scripts, birth dates of
// minors, and the wrappers Exchange and Outlook put around a delivered body.

import fc from "fast-check";
import { addDays } from "../dates/calendar-date";
import { parseSignalInput } from "../signal/parse-signal-input";
import type { Signal } from "../signal/types";

const LETTERS = [
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
  ..."éëèêïíöóüúàáâçñøåæßşğıİĳĲžčřłńő",
  ..."αβγδλμπσωΩΔ",
  ..."жщыяДЖЯ",
  ..."محمدعلي",
  ..."李小龍王芳",
  "e\u0301",
  "a\u0308",
  "न\u093F",
];

const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 10 }).map((letters) => letters.join(""));
const separator = fc.constantFrom(" ", " ", " ", "-", "'", "’", ". ", "  ");
const leadingSpace = fc.constantFrom("", " ", "\u00A0", "  ");

/** A name as a caseworker might type it: words joined by spaces, hyphens, apostrophes or initials. */
export const typedName = fc
  .tuple(leadingSpace, word, fc.array(fc.tuple(separator, word), { maxLength: 5 }), leadingSpace)
  .map(([before, first, rest, after]) => before + first + rest.map(([sep, next]) => sep + next).join("") + after);

/** A "today" inside the years the product runs, and a birth date that makes a minor on it. */
export const todayAndBirthDate = fc
  .tuple(fc.integer({ min: 0, max: 3_650 }), fc.integer({ min: 0, max: 6_570 }))
  .map(([todayOffset, age]) => {
    const today = addDays("2025-01-01", todayOffset);
    return { today, birthDate: addDays(today, -age) };
  });

export interface AcceptedInput {
  readonly today: string;
  readonly typed: { childName: string; birthDate: string };
  readonly signal: Signal;
}

/** Inputs parseSignalInput accepts, with the signal it made of them. */
export const acceptedInput: fc.Arbitrary<AcceptedInput> = fc
  .tuple(typedName, todayAndBirthDate, fc.boolean())
  .map(([childName, { today, birthDate }, dutchForm]) => {
    const [year, month, day] = birthDate.split("-");
    const typed = { childName, birthDate: dutchForm ? `${Number(day)}-${Number(month)}-${year}` : birthDate };
    const parsed = parseSignalInput(typed, { today });
    return parsed.ok ? { today, typed, signal: parsed.value } : undefined;
  })
  .filter((input): input is AcceptedInput => input !== undefined);

const attribute = fc.constantFrom("", ' class="x_elementToProof"', ' dir="ltr"', ' style="font-family: Aptos; font-size: 12pt; color: rgb(0, 0, 0);"', " lang=NL");
const spacing = fc.constantFrom("", "\r\n", " ", "&nbsp;", "<br>", "<div><br></div>", "<p>&nbsp;</p>", "<span></span>");

/** What delivery may do to the rendered HTML: an html/head/body envelope, wrapper divs, blank lines. */
export const deliveryEnvelope = fc.record({
  head: fc.constantFrom(
    "",
    '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
    '<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\r\n</head>',
  ),
  bodyAttribute: attribute,
  wrapperAttribute: attribute,
  wrap: fc.boolean(),
  before: spacing,
  after: spacing,
});

export function deliver(html: string, envelope: typeof deliveryEnvelope extends fc.Arbitrary<infer T> ? T : never): string {
  const wrapped = envelope.wrap ? `<div${envelope.wrapperAttribute}>${html}</div>` : html;
  return `<html>${envelope.head}<body${envelope.bodyAttribute}>${envelope.before}${wrapped}${envelope.after}</body></html>`;
}
