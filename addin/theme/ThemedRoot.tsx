// Fluent UI in Outlook's theme: light, dark, or the high-contrast theme when Windows forces colours.
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Locale } from "../../shared/messages/define";
import type { OutlookTheme } from "../office/office-theme";

const THEMES: Record<OutlookTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export function ThemedRoot({ theme, locale, children }: { theme: OutlookTheme; locale: Locale; children: ReactNode }) {
  return (
    <FluentProvider theme={THEMES[theme]} lang={locale === "en" ? "en-US" : "nl-NL"} style={{ minHeight: "100vh" }}>
      {children}
    </FluentProvider>
  );
}
