// Waits for Office.js, then reports what the panes need to present themselves: language and theme.
// Not used by the send guard: its JavaScript-only runtime has no Office.onReady.
import { officeTheme, type OutlookTheme } from "./office-theme";

export interface OfficeHostInfo {
  displayLanguage: string | undefined;
  theme: OutlookTheme;
}

export async function whenOfficeReady(): Promise<OfficeHostInfo> {
  await Office.onReady();
  return { displayLanguage: Office.context.displayLanguage, theme: officeTheme() };
}
