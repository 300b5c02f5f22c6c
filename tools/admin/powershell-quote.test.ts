import fc from "fast-check";
import { opathQuote, psArray, psInterpolatable, psQuote } from "./powershell-quote";

const singleQuotes = new Set(["'", "\u2018", "\u2019", "\u201A", "\u201B"]);

/** PowerShell's rule for a single-quoted string literal starting at `start`: any single-quote character ends it,
 * unless the next character is also one (then that next character is the literal). Returns the value and the
 * index just past the closing quote. */
function readSingleQuotedLiteral(source: string, start: number): { value: string; end: number } {
  if (!singleQuotes.has(source[start] ?? "")) throw new Error("not a single-quoted literal");
  let value = "";
  let index = start + 1;
  while (index < source.length) {
    const character = source[index] ?? "";
    if (singleQuotes.has(character)) {
      const next = source[index + 1] ?? "";
      if (!singleQuotes.has(next)) return { value, end: index + 1 };
      value += next;
      index += 2;
      continue;
    }
    value += character;
    index += 1;
  }
  throw new Error("unterminated literal");
}

// eslint-disable-next-line no-control-regex
const anyText = fc.string({ unit: "binary", maxLength: 60 }).filter((value) => !/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(value));
// Random Unicode rarely draws a quote; this mix draws little else.
const quoteHeavyText = fc.string({ unit: fc.constantFrom("'", "\u2018", "\u2019", "\u201A", "\u201B", '"', "$", "`", "a", " "), maxLength: 30 });
const printable = fc.oneof(anyText, quoteHeavyText);

describe("psQuote", () => {
  it("doubles an apostrophe so a name like 't Gooise Lyceum stays one literal", () => {
    expect(psQuote("'t Gooise Lyceum")).toBe("'''t Gooise Lyceum'");
  });

  it("round-trips any printable text as exactly one PowerShell literal, whatever quotes it holds", () => {
    fc.assert(
      fc.property(printable, (value) => {
        const quoted = psQuote(value);
        const literal = readSingleQuotedLiteral(quoted, 0);
        expect(literal.value).toBe(value);
        expect(literal.end).toBe(quoted.length);
      }),
    );
  });

  it("escapes the typographic single quotes PowerShell also treats as delimiters", () => {
    expect(readSingleQuotedLiteral(psQuote("a\u2019b"), 0).value).toBe("a\u2019b");
    expect(psQuote("a\u2019b")).toBe("'a\u2019\u2019b'");
  });

  it("refuses line breaks and control characters", () => {
    expect(() => psQuote("a\nb")).toThrow();
    expect(() => psQuote("a\u0000b")).toThrow();
    expect(() => psQuote("a\u2028b")).toThrow();
  });
});

describe("opathQuote inside psQuote", () => {
  it("keeps an address with an apostrophe intact through both layers of quoting", () => {
    const filter = `PrimarySmtpAddress -eq ${opathQuote("o'brien@example.org")}`;
    const outer = readSingleQuotedLiteral(psQuote(filter), 0).value;
    expect(outer).toBe("PrimarySmtpAddress -eq 'o''brien@example.org'");
    expect(readSingleQuotedLiteral(outer, outer.indexOf("'")).value).toBe("o'brien@example.org");
  });
});

describe("psArray", () => {
  it("quotes every element", () => {
    expect(psArray(["a@x.nl", "o'b@x.nl"])).toBe("@('a@x.nl', 'o''b@x.nl')");
  });
});

describe("psInterpolatable", () => {
  it("refuses characters that would expand inside a double-quoted string", () => {
    for (const value of ["$(evil)", "a`b", 'a"b', "a\u201Cb"]) expect(() => psInterpolatable(value)).toThrow();
    expect(psInterpolatable("hwc.deregenboog@gooisescholen.example")).toBe("hwc.deregenboog@gooisescholen.example");
  });
});
