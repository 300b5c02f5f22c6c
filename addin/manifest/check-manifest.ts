// Offline checks of the XML manifest, for where Microsoft's validation service cannot be reached: element
// order, resid references, string and id lengths, unique ids, what this add-in must declare, and — given a
// build — that every handler the manifest names is registered by the bundle and every URL is a built file.
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import { MAIL_MANIFEST_ORDER } from "./manifest-element-order";

export interface BuiltAddin {
  /** The base URL the manifest was built for, e.g. https://localhost:3000. */
  baseUrl: string;
  /** Paths relative to dist/, e.g. "taskpane.html", "assets/icon-16.png". */
  files: ReadonlySet<string>;
  /** Names passed to Office.actions.associate when the built launchevent.js runs. */
  registeredFunctions: ReadonlySet<string>;
}

const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const RESID_MAX = 32;

const children = (element: XmlElement): XmlElement[] =>
  Array.from(element.childNodes).filter((node): node is XmlElement => node.nodeType === 1) as XmlElement[];

function descendants(element: XmlElement): XmlElement[] {
  return children(element).flatMap((child) => [child, ...descendants(child)]);
}

const pathOf = (element: XmlElement): string => {
  const names: string[] = [];
  for (let node: XmlElement | null = element; node && node.nodeType === 1; node = node.parentNode as XmlElement | null) names.unshift(node.localName ?? "");
  return names.join("/");
};

function orderProblems(all: XmlElement[]): string[] {
  const problems: string[] = [];
  for (const element of all) {
    const order = MAIL_MANIFEST_ORDER[element.localName ?? ""];
    if (!order) continue;
    let last = -1;
    for (const child of children(element)) {
      const index = order.indexOf(child.localName ?? "");
      if (index < 0) problems.push(`${pathOf(child)}: <${child.localName}> is not a valid child of <${element.localName}>`);
      else if (index < last) problems.push(`${pathOf(child)}: <${child.localName}> is out of order (expected: ${order.join(", ")})`);
      else last = index;
    }
  }
  return problems;
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

// Which resource collection a resid must point into, by the referring element (and its parent for Description).
function residKind(element: XmlElement): ResourceKind | undefined {
  const parent = (element.parentNode as XmlElement | null)?.localName;
  switch (element.localName) {
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return parent === "Supertip" ? "LongStrings" : undefined;
    case "Image":
      return parent === "Icon" ? "Images" : undefined;
    case "FunctionFile":
    case "SourceLocation":
    case "Runtime":
    case "Override":
      return "Urls";
    default:
      return undefined;
  }
}

function resourceProblems(all: XmlElement[]): string[] {
  const problems: string[] = [];
  const resources = new Map<ResourceKind, Map<string, XmlElement>>();
  for (const collection of all.filter((element) => ["Images", "Urls", "ShortStrings", "LongStrings"].includes(element.localName ?? ""))) {
    const kind = collection.localName as ResourceKind;
    const entries = resources.get(kind) ?? new Map<string, XmlElement>();
    resources.set(kind, entries);
    for (const entry of children(collection)) {
      const id = entry.getAttribute("id") ?? "";
      if (id.length === 0 || id.length > RESID_MAX) problems.push(`${kind} id "${id}" must be 1 to ${RESID_MAX} characters`);
      if (entries.has(id)) problems.push(`${kind} id "${id}" is defined twice`);
      entries.set(id, entry);
      const limit = kind === "ShortStrings" ? SHORT_STRING_MAX : kind === "LongStrings" ? LONG_STRING_MAX : undefined;
      if (limit === undefined) continue;
      const texts = [entry.getAttribute("DefaultValue") ?? "", ...children(entry).map((override) => override.getAttribute("Value") ?? "")];
      for (const text of texts) if (text.length > limit) problems.push(`${kind} "${id}" has a text of ${text.length} characters (at most ${limit})`);
      const locales = children(entry).map((override) => override.getAttribute("Locale"));
      if (!locales.includes("en-US")) problems.push(`${kind} "${id}" has no en-US override`);
    }
  }
  for (const element of all) {
    const resid = element.getAttribute("resid");
    if (resid === null || resid === "") continue;
    if (resid.length > RESID_MAX) problems.push(`${pathOf(element)}: resid "${resid}" is longer than ${RESID_MAX} characters`);
    const kind = residKind(element);
    if (!kind) continue;
    if (!resources.get(kind)?.has(resid)) problems.push(`${pathOf(element)}: resid "${resid}" is not defined in ${kind}`);
  }
  return problems;
}

function idProblems(all: XmlElement[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const element of all.filter((candidate) => candidate.localName === "Group" || candidate.localName === "Control")) {
    const id = element.getAttribute("id") ?? "";
    if (id.length === 0 || id.length > 125) problems.push(`${pathOf(element)}: id "${id}" must be 1 to 125 characters`);
    if (seen.has(id)) problems.push(`${pathOf(element)}: id "${id}" is used twice`);
    seen.add(id);
  }
  return problems;
}

function requirementProblems(root: XmlElement, all: XmlElement[]): string[] {
  const problems: string[] = [];
  const named = (name: string) => all.filter((element) => element.localName === name);
  const text = (name: string) => named(name).map((element) => (element.textContent ?? "").trim());
  if (root.localName !== "OfficeApp" || root.getAttribute("xsi:type") !== "MailApp") problems.push("the root must be <OfficeApp xsi:type=\"MailApp\">");
  if (!text("DefaultLocale").includes("nl-NL")) problems.push("DefaultLocale must be nl-NL (Dutch first)");
  if (text("Permissions").join() !== "ReadWriteItem") problems.push("Permissions must be ReadWriteItem, the least that works");
  if (!text("SupportsSharedFolders").includes("true")) problems.push("SupportsSharedFolders must be true (school HwC mailboxes are shared)");
  const types = named("ExtensionPoint").map((element) => element.getAttribute("xsi:type"));
  for (const type of ["MessageComposeCommandSurface", "MessageReadCommandSurface", "LaunchEvent", "MobileMessageReadCommandSurface"]) {
    if (!types.includes(type)) problems.push(`no ExtensionPoint of type ${type}`);
  }
  problems.push(...placementProblems(root, all));
  const send = named("LaunchEvent").filter((element) => element.getAttribute("Type") === "OnMessageSend");
  if (send.length !== 1 || send[0]?.getAttribute("SendMode") !== "Block") problems.push('exactly one LaunchEvent Type="OnMessageSend" with SendMode="Block" is required');
  const runtimeOverride = named("Runtime").flatMap(children).some((override) => override.getAttribute("type") === "javascript");
  if (!runtimeOverride) problems.push('the event Runtime needs <Override type="javascript"> for classic Outlook on Windows');
  const nested = named("VersionOverrides");
  if (nested[0]?.getAttribute("xsi:type") !== "VersionOverridesV1_0" || nested[1]?.getAttribute("xsi:type") !== "VersionOverridesV1_1") {
    problems.push("VersionOverrides 1.0 must wrap VersionOverrides 1.1");
  }
  return problems;
}

// Phones, Outlook LTSC 2021 and classic Mac support Mailbox 1.5, 1.9 and 1.8: a higher requirement on the
// VersionOverrides hides the read button there and shows the base forms instead.
const HIGHEST_OVERRIDES_REQUIREMENT = [1, 5];
const MOBILE_ICON_SIZES = ["25", "32", "48"];
const MOBILE_ICON_SCALES = ["1", "2", "3"];

const versionAbove = (version: string, [major, minor]: number[]) => {
  const [haveMajor = 0, haveMinor = 0] = version.split(".").map(Number);
  return haveMajor > (major ?? 0) || (haveMajor === major && haveMinor > (minor ?? 0));
};

/** Requirements where they belong, the base compose form, the help page and the phone button's icons. */
function placementProblems(root: XmlElement, all: XmlElement[]): string[] {
  const problems: string[] = [];
  for (const sets of all.filter((element) => element.localName === "Sets" && (element.parentNode?.parentNode as XmlElement | null)?.localName === "VersionOverrides")) {
    const versions = [sets.getAttribute("DefaultMinVersion"), ...children(sets).map((set) => set.getAttribute("MinVersion"))].filter((value): value is string => Boolean(value));
    if (versions.some((version) => versionAbove(version, HIGHEST_OVERRIDES_REQUIREMENT))) {
      problems.push("VersionOverrides must not require more than Mailbox 1.5: check newer APIs at run time (the compose pane needs 1.12 and says so)");
    }
  }
  const forms = children(root).filter((element) => element.localName === "FormSettings").flatMap(children);
  const editForm = forms.find((form) => form.getAttribute("xsi:type") === "ItemEdit");
  const editSource = editForm ? descendants(editForm).find((element) => element.localName === "SourceLocation")?.getAttribute("DefaultValue") : undefined;
  if (!editSource?.endsWith("/unsupported.html")) problems.push("the base FormSettings ItemEdit form must point at unsupported.html: without add-in commands there is no send guard");
  const supportUrl = children(root).find((element) => element.localName === "SupportUrl")?.getAttribute("DefaultValue") ?? "";
  if (/\/(?:taskpane|readpane|commands|unsupported)\.html$/.test(supportUrl) || supportUrl === "") problems.push("SupportUrl must point at a help page (help.html or the organisation's own), not at a pane");
  for (const button of all.filter((element) => element.localName === "Control" && element.getAttribute("xsi:type") === "MobileButton")) {
    const images = descendants(button).filter((element) => element.localName === "Image");
    for (const size of MOBILE_ICON_SIZES) {
      for (const scale of MOBILE_ICON_SCALES) {
        if (!images.some((image) => image.getAttribute("size") === size && image.getAttribute("scale") === scale)) {
          problems.push(`${pathOf(button)} "${button.getAttribute("id")}": no icon of size ${size} at scale ${scale} (phones need 25, 32 and 48 at scales 1 to 3)`);
        }
      }
    }
  }
  return problems;
}

function manifestUrls(all: XmlElement[]): string[] {
  const urls: string[] = [];
  for (const element of all) {
    for (const attribute of ["DefaultValue", "Value"]) {
      const value = element.getAttribute(attribute);
      if (value && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    }
  }
  return urls;
}

function buildProblems(all: XmlElement[], built: BuiltAddin): string[] {
  const problems: string[] = [];
  for (const name of all.filter((element) => element.localName === "LaunchEvent").map((element) => element.getAttribute("FunctionName") ?? "")) {
    if (!built.registeredFunctions.has(name)) problems.push(`FunctionName "${name}" is not registered with Office.actions.associate by the built launchevent.js`);
  }
  const base = built.baseUrl.replace(/\/+$/, "");
  for (const url of manifestUrls(all)) {
    if (!url.startsWith("https://")) problems.push(`${url} is not https`);
    if (!url.startsWith(`${base}/`)) continue;
    const file = url.slice(base.length + 1).split(/[?#]/)[0] ?? "";
    if (!built.files.has(file)) problems.push(`${url} points at ${file}, which the build did not produce`);
  }
  return problems;
}

/** The base URL a manifest was built for: where its function file (commands.html) lives. */
export function addinBaseUrlOf(xml: string): string | undefined {
  const match = /<bt:Url\s+id="Commands\.Url"\s+DefaultValue="([^"]+)\/commands\.html"/.exec(xml);
  return match?.[1];
}

/** Every problem found, as sentences; an empty list means the manifest passed. */
export function checkManifest(xml: string, built?: BuiltAddin): string[] {
  const parseErrors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") parseErrors.push(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  if (parseErrors.length > 0) return parseErrors;
  const root = document.documentElement as XmlElement | null;
  if (!root) return ["the manifest has no root element"];
  const all = [root, ...descendants(root)];
  return [
    ...orderProblems(all),
    ...resourceProblems(all),
    ...idProblems(all),
    ...requirementProblems(root, all),
    ...(built ? buildProblems(all, built) : []),
  ];
}
