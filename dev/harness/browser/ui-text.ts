// The harness page's words in the chosen display language, from the catalogue the server sends.
let catalogue: Record<string, string> = {};

export function useCatalogue(messages: Record<string, string>): void {
  catalogue = messages;
}

export function t(key: string, values: Record<string, string> = {}): string {
  const template = catalogue[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => values[name] ?? "");
}

/** A DOM element with attributes and children, so views never build markup from strings. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) if (child !== null && child !== undefined) element.append(child);
  return element;
}
