// Reads the add-in manifest as Outlook does, for the parts the harness shows: the compose and read command
// buttons (label per locale, ShowTaskpane URL or ExecuteFunction name) and the OnMessageSend launch event with
// its HTML runtime. URLs come back as paths, so the harness can serve the add-in from whatever port it has.
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import type { AddinCommand, AddinSurfaces, LocalisedLabel } from "./api-types";

export class ManifestProblem extends Error {
  override readonly name = "ManifestProblem";
}

function children(element: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).localName === localName) found.push(node as XmlElement);
  }
  return found;
}

function descendants(element: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (current: XmlElement) => {
    for (const child of allChildren(current)) {
      if (child.localName === localName) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

function allChildren(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) found.push(node as XmlElement);
  return found;
}

function xsiType(element: XmlElement): string {
  // The schema namespace, whatever prefix this manifest bound it to (conventionally xsi).
  const namespace = element.lookupNamespaceURI("xsi");
  return (namespace ? element.getAttributeNS(namespace, "type") : null) ?? element.getAttribute("xsi:type") ?? "";
}

/** The innermost VersionOverrides (1.1 wraps inside 1.0): that is what a Mailbox 1.12 client reads. */
function innermostOverrides(root: XmlElement): XmlElement {
  let current = root;
  for (;;) {
    const next = children(current, "VersionOverrides")[0];
    if (!next) return current;
    current = next;
  }
}

export function readAddinSurfaces(manifestXml: string): AddinSurfaces {
  const document = new DOMParser().parseFromString(manifestXml, "text/xml");
  const root = document.documentElement;
  if (!root || root.localName !== "OfficeApp") throw new ManifestProblem("manifest.xml has no OfficeApp root element.");
  const overridesRoot = children(root, "VersionOverrides")[0];
  if (!overridesRoot) throw new ManifestProblem("manifest.xml has no VersionOverrides: no add-in commands to show.");
  const overrides = innermostOverrides(overridesRoot);

  const resources = descendants(overrides, "Resources")[0];
  const lookup = (group: string) => {
    const map = new Map<string, XmlElement>();
    const container = resources ? descendants(resources, group)[0] : undefined;
    for (const entry of container ? allChildren(container) : []) map.set(entry.getAttribute("id") ?? "", entry);
    return map;
  };
  const urls = lookup("Urls");
  const shortStrings = lookup("ShortStrings");

  const urlPath = (resid: string | null): string => {
    const value = urls.get(resid ?? "")?.getAttribute("DefaultValue");
    if (!value) throw new ManifestProblem(`manifest.xml refers to URL resid "${resid}" that Resources/Urls does not define.`);
    const url = new URL(value);
    return `${url.pathname}${url.search}`;
  };
  const label = (resid: string | null): LocalisedLabel => {
    const entry = shortStrings.get(resid ?? "");
    if (!entry) throw new ManifestProblem(`manifest.xml refers to label resid "${resid}" that ShortStrings does not define.`);
    const nl = entry.getAttribute("DefaultValue") ?? "";
    const en = allChildren(entry).find((override) => override.getAttribute("Locale")?.toLowerCase().startsWith("en"))?.getAttribute("Value") ?? nl;
    return { nl, en };
  };

  const formFactor = descendants(overrides, "DesktopFormFactor")[0];
  if (!formFactor) throw new ManifestProblem("manifest.xml has no DesktopFormFactor.");
  const functionFile = children(formFactor, "FunctionFile")[0]?.getAttribute("resid") ?? null;
  const extensionPoints = children(formFactor, "ExtensionPoint");

  const command = (surface: string): AddinCommand | null => {
    const point = extensionPoints.find((candidate) => xsiType(candidate) === surface);
    const control = point ? descendants(point, "Control")[0] : undefined;
    if (!control) return null;
    const action = children(control, "Action")[0];
    const text = label(children(control, "Label")[0]?.getAttribute("resid") ?? null);
    if (!action) throw new ManifestProblem(`The ${surface} button has no Action.`);
    if (xsiType(action) === "ShowTaskpane") {
      return { label: text, action: { kind: "taskpane", url: urlPath(children(action, "SourceLocation")[0]?.getAttribute("resid") ?? null) } };
    }
    const functionName = children(action, "FunctionName")[0]?.textContent?.trim() ?? "";
    return { label: text, action: { kind: "function", functionName, url: urlPath(functionFile) } };
  };

  const mobileFormFactor = descendants(overrides, "MobileFormFactor")[0];
  const mobilePoint = mobileFormFactor ? children(mobileFormFactor, "ExtensionPoint").find((candidate) => xsiType(candidate) === "MobileMessageReadCommandSurface") : undefined;
  const mobileControl = mobilePoint ? descendants(mobilePoint, "Control")[0] : undefined;
  const mobileAction = mobileControl ? children(mobileControl, "Action")[0] : undefined;
  const mobileRead: AddinCommand | null =
    mobileControl && mobileAction && xsiType(mobileAction) === "ShowTaskpane"
      ? {
          label: label(children(mobileControl, "Label")[0]?.getAttribute("resid") ?? null),
          action: { kind: "taskpane", url: urlPath(children(mobileAction, "SourceLocation")[0]?.getAttribute("resid") ?? null) },
        }
      : null;

  const launchPoint = extensionPoints.find((candidate) => xsiType(candidate) === "LaunchEvent");
  const sendEvent = launchPoint ? descendants(launchPoint, "LaunchEvent").find((event) => event.getAttribute("Type") === "OnMessageSend") : undefined;
  return {
    compose: command("MessageComposeCommandSurface"),
    read: command("MessageReadCommandSurface"),
    mobileRead,
    sendEvent:
      sendEvent && launchPoint
        ? {
            functionName: sendEvent.getAttribute("FunctionName") ?? "",
            sendMode: sendEvent.getAttribute("SendMode") ?? "SoftBlock",
            runtimeUrl: urlPath(children(launchPoint, "SourceLocation")[0]?.getAttribute("resid") ?? null),
          }
        : null,
  };
}
