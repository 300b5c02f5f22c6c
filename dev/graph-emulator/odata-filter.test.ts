import { evaluateFilter } from "./odata-filter-evaluate";
import { filterProperties, parseFilter } from "./odata-filter";
import { GraphHttpError } from "./errors";

const message: Record<string, unknown> = {
  subject: "Handle with Care",
  isDraft: false,
  receivedDateTime: "2026-03-02T07:15:00Z",
  conversationId: "AAQkAGI2abc=",
  from: { emailAddress: { address: "handlewithcare@veiligthuisgv.example" } },
  toRecipients: [{ emailAddress: { address: "hwc.deregenboog@gooisescholen.example" } }],
};
const read = (path: string) => path.split("/").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), message);
const matches = (text: string) => evaluateFilter(parseFilter(text), read);

test("eq on strings ignores case and respects doubled quotes", () => {
  expect(matches("subject eq 'handle with care'")).toBe(true);
  expect(matches("subject eq 'It''s'")).toBe(false);
  expect(parseFilter("subject eq 'It''s'")).toMatchObject({ right: { value: "It's" } });
});

test("and binds tighter than or, and parentheses override", () => {
  expect(matches("subject eq 'x' and isDraft eq false or isDraft eq false")).toBe(true);
  expect(matches("subject eq 'x' and (isDraft eq false or isDraft eq false)")).toBe(false);
});

test("datetimes compare as instants with lt and ge", () => {
  expect(matches("receivedDateTime ge 2026-03-02T00:00:00Z and receivedDateTime lt 2026-03-03T00:00:00Z")).toBe(true);
  expect(matches("receivedDateTime lt 2026-03-02T07:15:00Z")).toBe(false);
});

test("paths, not, startswith and any() over recipients evaluate", () => {
  expect(matches("from/emailAddress/address eq 'HandleWithCare@veiligthuisgv.example'")).toBe(true);
  expect(matches("not (isDraft eq true)")).toBe(true);
  expect(matches("startswith(subject,'Handle')")).toBe(true);
  expect(matches("toRecipients/any(r: r/emailAddress/address eq 'hwc.deregenboog@gooisescholen.example')")).toBe(true);
  expect(matches("toRecipients/any(r: r/emailAddress/address eq 'someone@else.example')")).toBe(false);
});

test("filterProperties lists properties left to right for the InefficientFilter rule", () => {
  expect(filterProperties(parseFilter("receivedDateTime ge 2026-01-01T00:00:00Z and (subject eq 'a' or isDraft eq true)"))).toEqual([
    "receivedDateTime",
    "subject",
    "isDraft",
  ]);
});

test.each(["subject eq", "subject eq 'open", "(subject eq 'a'", "subject eq 'a' and", "subject ~ 'a'", ""])("'%s' is a 400 BadRequest", (text) => {
  expect(() => parseFilter(text)).toThrow(GraphHttpError);
  try {
    parseFilter(text);
  } catch (error) {
    expect(error).toMatchObject({ status: 400, code: "BadRequest" });
  }
});
