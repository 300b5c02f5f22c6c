import { parseChildName } from "./child-name";

function accepted(raw: string): string | undefined {
  const result = parseChildName(raw);
  return result.ok ? result.value : undefined;
}

function codeOf(raw: string): string | undefined {
  const result = parseChildName(raw);
  return result.ok ? undefined : result.code;
}

describe("parseChildName", () => {
  test.each([
    ["Marieke de Vries"],
    ["Jan-Willem van den Berg"],
    ["Anouk ’t Hart"],
    ["Sanne O'Brien"],
    ["J.P. de Vries"],
    ["J.-P. Dubois"],
    ["Jean-Pierre D’Artagnan"],
    ["Chr. Jansen"],
    ["Ĳsbrand Ĳzerman"],
    ["Zoë Çelik"],
    ["Mohammed El Amrani"],
    ["Αλέξανδρος Παπαδόπουλος"],
    ["Дмитрий Иванов"],
    ["محمد العلي"],
    ["李小龍"],
    ["'s-Gravesande"],
    ["Ng"],
  ])("accepts the real name %s unchanged", (name) => {
    expect(accepted(name)).toBe(name);
  });

  test("normalises a decomposed name to NFC", () => {
    expect(accepted("Zoe\u0308 Jansen")).toBe("Zoë Jansen");
  });

  test("trims and collapses spaces, reading a no-break space as a space", () => {
    expect(accepted("  Marieke \u00A0  de   Vries  ")).toBe("Marieke de Vries");
  });

  test("refuses an empty or blank name as required", () => {
    expect(codeOf("")).toBe("name-required");
    expect(codeOf("   ")).toBe("name-required");
  });

  test("refuses a single letter as too short", () => {
    expect(codeOf("A")).toBe("name-too-short");
    expect(codeOf("A.")).toBe("name-too-short");
  });

  test("accepts 100 characters and refuses 101 as too long", () => {
    expect(accepted("a".repeat(100))).toBeDefined();
    expect(codeOf("a".repeat(101))).toBe("name-too-long");
    expect(codeOf("a".repeat(50_000))).toBe("name-too-long");
  });

  test("refuses digits, including non-Latin digits", () => {
    expect(codeOf("Marieke 2")).toBe("name-digit");
    expect(codeOf("Marieke ٣")).toBe("name-digit");
  });

  test("refuses e-mail and web addresses", () => {
    expect(codeOf("m@example")).toBe("name-link");
    expect(codeOf("www.example")).toBe("name-link");
    expect(codeOf("Marieke example.nl")).toBe("name-link");
    expect(codeOf("https://example.nl")).not.toBeUndefined();
  });

  test("finds www. after a space or at the start, but not inside a word", () => {
    expect(codeOf("Marieke www.example")).toBe("name-link");
    expect(codeOf("Jan Kwww.Piet")).not.toBe("name-link");
  });

  test("accepts six words and refuses a seventh: a name, not a sentence", () => {
    expect(accepted("Maria Johanna Petronella van den Berg")).toBe("Maria Johanna Petronella van den Berg");
    expect(accepted("Anna Berg-de Vries")).toBe("Anna Berg-de Vries");
    expect(codeOf("Fleur van Dijk broertje Sem ook mee")).toBe("name-too-many-words");
  });

  test.each([["<b>Jan</b>"], ["Jan & Piet"], ['Jan "de" Vries'], ["Jan; Piet"], ["Jan_Piet"], ["Jan/Piet"], ["Jan 🙂"]])(
    "refuses markup and symbols in %s",
    (name) => {
      expect(codeOf(name)).toBe("name-invalid-character");
    },
  );

  test.each([["Jan\nPiet"], ["Jan\r\nPiet"], ["Jan\u2028Piet"], ["Jan\u2029Piet"]])("refuses a line break", (name) => {
    expect(codeOf(name)).toBe("name-line-break");
  });

  test.each([
    ["\u202A", "left-to-right embedding"],
    ["\u202B", "right-to-left embedding"],
    ["\u202C", "pop directional formatting"],
    ["\u202D", "left-to-right override"],
    ["\u202E", "right-to-left override"],
    ["\u2066", "left-to-right isolate"],
    ["\u2067", "right-to-left isolate"],
    ["\u2068", "first strong isolate"],
    ["\u2069", "pop directional isolate"],
    ["\u200B", "zero-width space"],
    ["\u200C", "zero-width non-joiner"],
    ["\u200D", "zero-width joiner"],
    ["\u2060", "word joiner"],
    ["\uFEFF", "byte order mark"],
    ["\u00AD", "soft hyphen"],
    ["\u034F", "combining grapheme joiner"],
    ["\t", "tab"],
    ["\u0000", "null"],
    ["\u007F", "delete"],
  ])("refuses the hidden character %#, %s", (character) => {
    expect(codeOf(`Jan${character}Piet`)).toBe("name-hidden-character");
  });

  test.each([["-Jan"], ["Jan--Piet"], ["Jan - Piet"], ["Jan-"], ["..Jan"], ["Jan''Piet"], ["' Jan"]])(
    "refuses punctuation that does not sit between letters in %s",
    (name) => {
      expect(codeOf(name)).toBe("name-not-a-name");
    },
  );

  test("never puts the refused value in its result", () => {
    const result = parseChildName("Geheime Naam 7");
    expect(JSON.stringify(result)).not.toContain("Geheime");
  });
});
