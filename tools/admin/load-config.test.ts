import { readFileSync } from "node:fs";
import path from "node:path";
import { parseConfig } from "./load-config";

const example: unknown = JSON.parse(readFileSync(path.join(__dirname, "../../docs/scripts/hwc-config.example.json"), "utf8"));

type Path = readonly (string | number)[];
const removed = Symbol("removed");

/** A deep copy of the example with the value at each path replaced (or removed). */
function exampleWith(...changes: [Path, unknown][]): unknown {
  const copy = structuredClone(example);
  for (const [path, value] of changes) {
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (value === removed) delete parent[last];
    else parent[last] = value;
  }
  return copy;
}

function problems(input: unknown): string {
  const result = parseConfig(input, "hwc.json");
  if (result.ok) throw new Error("expected the config to be refused");
  return result.message;
}

describe("parseConfig", () => {
  it("accepts the shipped example with the demo tenant values", () => {
    const result = parseConfig(example, "hwc-config.example.json");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.school?.mailboxes.map((mailbox) => mailbox.address)).toEqual([
      "hwc.deregenboog@gooisescholen.example",
      "hwc.hetkompas@gooisescholen.example",
    ]);
    expect(result.config.veiligThuis?.mailbox.address).toBe("handlewithcare@veiligthuisgv.example");
    expect(result.config.school?.sweepApp.clientId).toBe("c1ea0000-0000-4000-8000-00000000a003");
  });

  it("names the field of a bad functionary address, Dutch first and English second", () => {
    const message = problems(exampleWith([["school", "mailboxes", 1, "functionaries", 0, "userPrincipalName"], "s.elamrani"]));
    expect(message).toContain("school.mailboxes[1].functionaries[0].userPrincipalName: geen geldig e-mailadres / is not a valid e-mail address");
    expect(message.indexOf("Configuratie ongeldig")).toBeLessThan(message.indexOf("Invalid configuration"));
  });

  it("reports every problem at once", () => {
    const message = problems(
      exampleWith(
        [["school", "tenantId"], "not-a-guid"],
        [["school", "sweepApp", "clientId"], removed],
        [["veiligThuis", "mailbox", "address"], "handlewithcare@elders.example"],
      ),
    );
    expect(message).toContain("school.tenantId: geen geldige GUID");
    expect(message).toContain("school.sweepApp.clientId: ontbreekt / is missing");
  });

  it("refuses a mailbox outside the organisation's domains", () => {
    expect(problems(exampleWith([["veiligThuis", "mailbox", "address"], "handlewithcare@elders.example"]))).toContain(
      "veiligThuis.mailbox.address: hoort niet bij de domeinen",
    );
  });

  it("asks for the school domains the server-side wall guards, and refuses Veilig Thuis's own domain among them", () => {
    expect(problems(exampleWith([["veiligThuis", "schoolDomains"], removed]))).toContain("veiligThuis.schoolDomains: ontbreekt / is missing");
    expect(problems(exampleWith([["veiligThuis", "schoolDomains"], ["gooisescholen.example", "veiligthuisgv.example"]]))).toContain(
      "veiligThuis.schoolDomains[1]: is een domein van Veilig Thuis zelf",
    );
  });

  it("keeps the wall's size limit between 16 and 1024 KB, 64 KB when not given", () => {
    expect(problems(exampleWith([["veiligThuis", "signalSizeLimitKb"], 8]))).toContain("veiligThuis.signalSizeLimitKb: moet een heel getal van 16 tot en met 1024 (KB) zijn");
    const result = parseConfig(exampleWith([["veiligThuis", "signalSizeLimitKb"], removed]), "hwc.json");
    expect(result.ok && result.config.veiligThuis?.signalSizeLimitKb).toBe(64);
  });

  it("refuses a school mailbox listed twice", () => {
    const message = problems(exampleWith([["school", "mailboxes", 1, "address"], "hwc.deregenboog@gooisescholen.example"]));
    expect(message).toContain("school.mailboxes[1].address: komt meer dan eens voor / appears more than once");
  });

  it("refuses a mailbox without a functionary", () => {
    expect(problems(exampleWith([["school", "mailboxes", 0, "functionaries"], []]))).toContain(
      "school.mailboxes[0].functionaries: moet minstens één item bevatten",
    );
  });

  it("refuses a counter-check mailbox that is itself an HwC mailbox", () => {
    expect(
      problems(exampleWith([["school", "sweepApp", "outOfScopeTestMailbox"], "hwc.hetkompas@gooisescholen.example"])),
    ).toContain("school.sweepApp.outOfScopeTestMailbox: moet een postbus zijn die NIET tot de HwC-postbussen hoort");
  });

  it("refuses a retention above the 30 days Exchange Online allows", () => {
    expect(problems(exampleWith([["school", "deletedItemRetentionDays"], 31]))).toContain(
      "school.deletedItemRetentionDays: moet een heel getal van 0 tot en met 30 zijn",
    );
  });

  it("refuses a line break in a display name", () => {
    expect(problems(exampleWith([["school", "mailboxes", 0, "displayName"], "HwC\nRegenboog"]))).toContain(
      "school.mailboxes[0].displayName: mag niet leeg zijn en geen regeleinden",
    );
  });

  it("refuses a typographic quote in a display name and says to use a straight apostrophe", () => {
    expect(problems(exampleWith([["school", "mailboxes", 0, "displayName"], "\u2019t Gooise Lyceum"]))).toContain(
      "school.mailboxes[0].displayName: gebruik een gewone apostrof",
    );
  });

  it("refuses a quote or dollar sign in the management scope name", () => {
    expect(problems(exampleWith([["school", "managementScopeName"], "HwC' -or $true"]))).toContain(
      "school.managementScopeName: mag alleen letters, cijfers, spaties",
    );
  });

  it("names an unknown field, so a typo is not silently ignored", () => {
    expect(problems(exampleWith([["school", "mailboxes", 0, "functionarys"], []]))).toContain(
      'school.mailboxes[0].functionarys: onbekend veld "functionarys" (tikfout?) / unknown field "functionarys" (typo?)',
    );
  });

  it("asks for at least one section", () => {
    expect(problems({})).toContain('(config): vul minstens één van de onderdelen "school" of "veiligThuis" in');
  });
});
