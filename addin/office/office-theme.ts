// Outlook does not support OfficeTheme.isDarkTheme, so dark mode is read from the body background colour;
// Windows high contrast is reported by the browser (forced-colors), not by Office.
export type OutlookTheme = "light" | "dark" | "highContrast";

export function officeTheme(): OutlookTheme {
  if (typeof window !== "undefined" && window.matchMedia?.("(forced-colors: active)").matches) return "highContrast";
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  return background !== undefined && isDarkColour(background) ? "dark" : "light";
}

/** "#1f1f1f" → true. Relative luminance below one half counts as dark. */
export function isDarkColour(hex: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return false;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => parseInt(part ?? "0", 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
