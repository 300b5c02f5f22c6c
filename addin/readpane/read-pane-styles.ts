// The read pane's look, in Fluent UI v9's colours and type ramp. Its one Fluent component, the Checkbox, runs
// without FluentProvider (whose themes and style-tag machinery would not fit the pane's 150 KB gz budget next
// to React and MSAL): the Fluent tokens it reads are set here as the CSS variables FluentProvider would set,
// with webLightTheme's and webDarkTheme's values (read-pane-styles.test.ts compares them). Light, dark and
// high-contrast (Windows forced colours use the system palette) follow Outlook's theme.

/** The Fluent tokens Checkbox and its Label read, per theme. */
export const FLUENT_TOKENS: Record<"light" | "dark", Record<string, string>> = {
  light: {
    colorCompoundBrandBackground: "#0f6cbd", colorCompoundBrandBackgroundHover: "#115ea3", colorCompoundBrandBackgroundPressed: "#0f548c",
    colorCompoundBrandForeground1: "#0f6cbd", colorCompoundBrandForeground1Hover: "#115ea3", colorCompoundBrandForeground1Pressed: "#0f548c",
    colorCompoundBrandStroke: "#0f6cbd", colorCompoundBrandStrokeHover: "#115ea3", colorCompoundBrandStrokePressed: "#0f548c",
    colorNeutralForeground1: "#242424", colorNeutralForeground2: "#424242", colorNeutralForeground3: "#616161",
    colorNeutralForegroundDisabled: "#bdbdbd", colorNeutralForegroundInverted: "#ffffff", colorNeutralStrokeAccessible: "#616161",
    colorNeutralStrokeAccessibleHover: "#575757", colorNeutralStrokeAccessiblePressed: "#4d4d4d", colorNeutralStrokeDisabled: "#e0e0e0",
    colorPaletteRedForeground3: "#d13438", colorStrokeFocus2: "#000000",
  },
  dark: {
    colorCompoundBrandBackground: "#479ef5", colorCompoundBrandBackgroundHover: "#62abf5", colorCompoundBrandBackgroundPressed: "#2886de",
    colorCompoundBrandForeground1: "#479ef5", colorCompoundBrandForeground1Hover: "#62abf5", colorCompoundBrandForeground1Pressed: "#2886de",
    colorCompoundBrandStroke: "#479ef5", colorCompoundBrandStrokeHover: "#62abf5", colorCompoundBrandStrokePressed: "#2886de",
    colorNeutralForeground1: "#ffffff", colorNeutralForeground2: "#d6d6d6", colorNeutralForeground3: "#adadad",
    colorNeutralForegroundDisabled: "#5c5c5c", colorNeutralForegroundInverted: "#242424", colorNeutralStrokeAccessible: "#adadad",
    colorNeutralStrokeAccessibleHover: "#bdbdbd", colorNeutralStrokeAccessiblePressed: "#b3b3b3", colorNeutralStrokeDisabled: "#424242",
    colorPaletteRedForeground3: "#e37d80", colorStrokeFocus2: "#ffffff",
  },
};

/** Theme-independent tokens (sizes, type ramp), the same in both Fluent themes. */
export const FLUENT_SHARED_TOKENS: Record<string, string> = {
  borderRadiusCircular: "10000px", borderRadiusMedium: "4px", borderRadiusSmall: "2px",
  fontFamilyBase: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
  fontSizeBase200: "12px", fontSizeBase300: "14px", fontSizeBase400: "16px", fontWeightSemibold: "600",
  lineHeightBase200: "16px", lineHeightBase300: "20px", lineHeightBase400: "22px",
  spacingHorizontalS: "8px", spacingHorizontalXS: "4px", spacingVerticalS: "8px", strokeWidthThin: "1px",
};

const cssVariables = (tokens: Record<string, string>) =>
  Object.keys(tokens)
    .map((name) => `--${name}:${tokens[name]}`)
    .join(";");

export const READ_PANE_CSS = `
.hwc-read{${cssVariables(FLUENT_SHARED_TOKENS)};${cssVariables(FLUENT_TOKENS.light)}}
.hwc-read.hwc-dark{${cssVariables(FLUENT_TOKENS.dark)}}
.hwc-read{--fg:#242424;--fg2:#616161;--bg:#ffffff;--stroke:#d1d1d1;--brand:#0f6cbd;--brand-hover:#115ea3;--on-brand:#ffffff;
--disabled-bg:#f0f0f0;--disabled-fg:#8a8a8a;--success-bg:#f1faf1;--success:#107c10;--warning-bg:#fff9f5;--warning:#bc4b09;
--error-bg:#fdf3f4;--error:#c50f1f;--info-bg:#f5f5f5;--info:#8a8a8a;
box-sizing:border-box;min-height:100vh;margin:0;padding:16px;color:var(--fg);background:var(--bg);
font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;
font-size:14px;line-height:20px;display:flex;flex-direction:column;gap:12px}
.hwc-read.hwc-dark{--fg:#ffffff;--fg2:#d6d6d6;--bg:#292929;--stroke:#666666;--brand:#479ef5;--brand-hover:#62abf5;--on-brand:#000000;
--disabled-bg:#3d3d3d;--disabled-fg:#adadad;--success-bg:#052505;--success:#54b054;--warning-bg:#411200;--warning:#faa06b;
--error-bg:#3b0509;--error:#e37d80;--info-bg:#333333;--info:#adadad}
.hwc-read h1{margin:0;font-size:20px;line-height:28px;font-weight:600}
.hwc-read dl{margin:0;display:grid;row-gap:4px}
.hwc-read dt{color:var(--fg2)}
.hwc-read dd{margin:0 0 8px;font-size:28px;line-height:36px;font-weight:600;overflow-wrap:anywhere}
.hwc-read p{margin:0}
.hwc-read .hwc-hint{color:var(--fg2);font-size:12px;line-height:16px}
.hwc-read .hwc-confirm{margin-left:-8px}
.hwc-read button{font:inherit;font-weight:600;padding:5px 12px;min-height:32px;border-radius:4px;border:1px solid transparent;
background:var(--brand);color:var(--on-brand);cursor:pointer}
.hwc-read button:hover:enabled{background:var(--brand-hover)}
.hwc-read button:disabled{background:var(--disabled-bg);color:var(--disabled-fg);border-color:var(--stroke);cursor:default}
.hwc-read button:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
.hwc-read .hwc-actions{display:flex;flex-direction:column;gap:8px;align-items:flex-start}
.hwc-read .hwc-notice{padding:8px 12px;border-radius:4px;border:1px solid var(--stroke);border-left-width:4px}
.hwc-read .hwc-success{background:var(--success-bg);border-left-color:var(--success)}
.hwc-read .hwc-warning{background:var(--warning-bg);border-left-color:var(--warning)}
.hwc-read .hwc-error{background:var(--error-bg);border-left-color:var(--error)}
.hwc-read .hwc-info{background:var(--info-bg);border-left-color:var(--info)}
@media (forced-colors:active){.hwc-read button{border-color:ButtonText}.hwc-read button:disabled{color:GrayText;border-color:GrayText}
.hwc-read .hwc-notice{border-color:CanvasText}}
`;
