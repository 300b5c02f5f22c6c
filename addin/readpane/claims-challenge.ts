// A Conditional Access claims challenge from the cleanup service, as Entra ID's resource APIs send it
// (https://learn.microsoft.com/entra/identity-platform/claims-challenge):
//   HTTP/1.1 401   WWW-Authenticate: Bearer error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsi…"
//   { "error": "claims-challenge", "message": "…", "messageEn": "…", "claims": "eyJhY2Nlc3NfdG9rZW4iOnsi…" }
// The claims are base64 of a JSON object; MSAL's `claims` request parameter takes that JSON as text. The body
// is read first: a cross-origin page sees WWW-Authenticate only if the service exposes it.

/** The decoded claims JSON of a 401 that is a claims challenge, or undefined for any other 401. */
export function claimsFromChallenge(wwwAuthenticate: string | null, body: unknown): string | undefined {
  const fromBody =
    typeof body === "object" && body !== null && (body as Record<string, unknown>).error === "claims-challenge" ? (body as Record<string, unknown>).claims : undefined;
  const fromHeader = wwwAuthenticate && /error\s*=\s*"?insufficient_claims"?/i.test(wwwAuthenticate) ? /claims\s*=\s*"([^"]+)"/i.exec(wwwAuthenticate)?.[1] : undefined;
  for (const encoded of [fromBody, fromHeader]) {
    if (typeof encoded !== "string" || encoded.trim() === "") continue;
    const claims = decodeClaims(encoded.trim());
    if (claims !== undefined) return claims;
  }
  return undefined;
}

function decodeClaims(encoded: string): string | undefined {
  try {
    const base64 = encoded.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "===".slice((base64.length + 3) % 4));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? json : undefined;
  } catch {
    return undefined;
  }
}
