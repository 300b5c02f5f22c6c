// CORS for exactly one origin: the add-in's (HWC_ADDIN_ORIGIN). Any other origin gets no CORS headers, so a
// browser page elsewhere cannot call the API with a functionary's token.

export const CORS_ALLOWED_HEADERS = "authorization, content-type, accept-language";

export function corsHeaders(origin: string | undefined, addinOrigin: string): Record<string, string> {
  if (!origin || origin !== addinOrigin) return {};
  return { "access-control-allow-origin": addinOrigin, vary: "Origin" };
}

export function preflightHeaders(origin: string | undefined, addinOrigin: string): Record<string, string> | undefined {
  if (!origin || origin !== addinOrigin) return undefined;
  return {
    ...corsHeaders(origin, addinOrigin),
    "access-control-allow-methods": "GET, POST",
    "access-control-allow-headers": CORS_ALLOWED_HEADERS,
    "access-control-max-age": "600",
  };
}
