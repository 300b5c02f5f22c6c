import fc from "fast-check";
import { renderSignal } from "../../../shared/signal/render-signal";
import { acceptedInput } from "../../../shared/recognition/signal-arbitraries";
import { policyTipText, rejectionText, schoolAddressPatterns, signalSubjectPattern, telltalePhrases, wallRules, type WallRuleKey } from "./signal-wall";

/** How mail flow rules match Words: whole words or phrases, case-insensitive, bounded by spaces or punctuation. */
function containsWord(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu").test(text);
}

const keys = Object.keys(wallRules) as WallRuleKey[];

describe("the wall's subject pattern", () => {
  // Exchange may compare case-insensitively (not documented either way), so the tests do too: the pattern must
  // refuse everything but the subject even then.
  const subject = new RegExp(signalSubjectPattern, "i");

  it("accepts exactly the signal's subject", () => {
    expect(subject.test("Handle with Care")).toBe(true);
  });

  it.each(["RE: Handle with Care", "FW: Handle with Care", "Handle with Care Jan Jansen", "Handle with Care 12-03-2015", " Handle with Care", "Handle with Care.", "Handle  with Care", "Automatisch antwoord: Handle with Care", ""])(
    "refuses %j",
    (other) => {
      expect(subject.test(other)).toBe(false);
    },
  );

  it("accepts the subject of every signal the compose pane can make", () => {
    fc.assert(fc.property(acceptedInput, ({ signal }) => subject.test(renderSignal(signal).subject)));
  });
});

describe("the school address patterns", () => {
  const [pattern] = schoolAddressPatterns(["gooisescholen.example"]).map((source) => new RegExp(source, "i"));

  it("match every address in a school domain, whatever its case", () => {
    expect(schoolAddressPatterns(["gooisescholen.example", "scholen-gooi.example"])).toEqual(["@gooisescholen\\.example$", "@scholen-gooi\\.example$"]);
    expect(pattern?.test("hwc.deregenboog@gooisescholen.example")).toBe(true);
    expect(pattern?.test("HWC.Lyceum@GooiseScholen.Example")).toBe(true);
  });

  it.each(["hwc@gooisescholenXexample", "hwc@evilgooisescholen.example", "hwc@gooisescholen.example.evil.example", "hwc@sub.gooisescholen.example", "gooisescholen.example@elders.example"])(
    "do not match %s",
    (address) => {
      expect(pattern?.test(address)).toBe(false);
    },
  );
});

describe("the telltale phrases", () => {
  it("appear in no signal the compose pane can make, in its subject, text or HTML", () => {
    fc.assert(
      fc.property(acceptedInput, ({ signal }) => {
        const rendered = renderSignal(signal);
        return telltalePhrases.every((phrase) => ![rendered.subject, rendered.text, rendered.html].some((part) => containsWord(part, phrase)));
      }),
    );
  });

  it("catch the footers and headers phones and replies add", () => {
    for (const footer of ["Verstuurd vanaf mijn iPhone", "Sent from my Galaxy", "Outlook voor iOS downloaden", "-----Original Message-----", "---------- Forwarded message ---------"]) {
      expect(`${footer}: ${telltalePhrases.some((phrase) => containsWord(footer, phrase))}`).toBe(`${footer}: true`);
    }
  });

  it("are valid Words values: no leading or trailing spaces", () => {
    for (const phrase of telltalePhrases) expect(phrase).toBe(phrase.trim());
  });
});

describe("the rejections", () => {
  it("fit Exchange's limits: rule names at most 64 characters, status codes in 5.7.900–5.7.999, each code once", () => {
    for (const key of keys) {
      expect(wallRules[key].name.length).toBeLessThanOrEqual(64);
      expect(wallRules[key].statusCode).toMatch(/^5\.7\.9\d\d$/);
    }
    expect(new Set(keys.map((key) => wallRules[key].statusCode)).size).toBe(keys.length);
    expect(new Set(keys.map((key) => wallRules[key].name)).size).toBe(keys.length);
  });

  it("say what was wrong and what to do, Dutch first, in ASCII", () => {
    for (const key of keys) {
      const text = rejectionText(key);
      expect(text).toMatch(/^Geweigerd door Veilig Thuis: .+ Verstuur het signaal met de invoegtoepassing Handle with Care in Outlook\. \/ Refused by Veilig Thuis: .+ Send the signal/);
      expect(text).toMatch(/^[\x20-\x7E]+$/);
    }
  });

  it("keep each Purview policy tip within its 256 characters", () => {
    for (const key of keys) expect(policyTipText(key).length).toBeLessThanOrEqual(256);
  });
});
