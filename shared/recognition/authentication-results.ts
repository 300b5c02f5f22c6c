// Sender authentication, failing closed. Exchange Online stamps its verdict at the top of every message it
// receives, e.g. (one header; comments in parentheses may themselves hold ";"):
//   Authentication-Results: spf=pass (sender IP is 40.107.22.54) smtp.mailfrom=veiligthuisgv.example; dkim=pass
//     (signature was verified) header.d=veiligthuisgv.example;dmarc=pass action=none
//     header.from=veiligthuisgv.example;compauth=pass reason=100
// Only that top-most header is the receiving organisation's own; anything below it came with the message and may
// be forged. A signal needs, in it, dmarc=pass for the sender's own domain, or compauth=pass (Exchange's composite
// verdict, which also passes mail that a gateway in front of Exchange made fail SPF, or that ARC vouches for).
// Anything else — no header, dmarc=none, temperror, softfail only — is not good enough: not a signal.
// https://learn.microsoft.com/defender-office-365/message-headers-eop-mdo#authentication-results-message-header
// https://www.rfc-editor.org/rfc/rfc8601

export type SenderAuthentication =
  | { ok: true }
  | { ok: false; reason: "sender-authentication-missing" | "sender-authentication-failed" | "sender-authentication-inconclusive" | "sender-authentication-domain-mismatch" };

type Header = { readonly name: string; readonly value: string };

interface Verdicts {
  dmarc?: string;
  dmarcHeaderFrom?: string;
  compauth?: string;
  spf?: string;
}

function withoutComments(value: string): string {
  let depth = 0;
  let out = "";
  for (const character of value) {
    if (character === "(") depth += 1;
    else if (character === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += character;
  }
  return out;
}

/** The method results of one Authentication-Results value (RFC 8601 resinfo), lower case. */
export function parseAuthenticationResults(value: string): Verdicts {
  const verdicts: Verdicts = {};
  for (const part of withoutComments(value).split(";")) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const [method, result] = (tokens[0] ?? "").toLowerCase().split("=");
    if (!method || result === undefined) continue;
    const properties = new Map(
      tokens.slice(1).map((token) => {
        const index = token.indexOf("=");
        return [token.slice(0, index).toLowerCase(), token.slice(index + 1).toLowerCase()] as const;
      }),
    );
    if (method === "dmarc" && verdicts.dmarc === undefined) {
      verdicts.dmarc = result;
      const from = properties.get("header.from");
      if (from) verdicts.dmarcHeaderFrom = from;
    }
    if (method === "compauth" && verdicts.compauth === undefined) verdicts.compauth = result;
    if (method === "spf" && verdicts.spf === undefined) verdicts.spf = result;
  }
  return verdicts;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).trim().toLowerCase();
}

export function checkSenderAuthentication(headers: readonly Header[] | null | undefined, senderAddress: string): SenderAuthentication {
  const topMost = Array.isArray(headers)
    ? headers.find((header) => typeof header?.name === "string" && typeof header.value === "string" && header.name.trim().toLowerCase() === "authentication-results")
    : undefined;
  if (!topMost) return { ok: false, reason: "sender-authentication-missing" };
  const verdicts = parseAuthenticationResults(topMost.value);
  if (verdicts.compauth === "pass") return { ok: true };
  if (verdicts.dmarc === "pass") {
    return verdicts.dmarcHeaderFrom === domainOf(senderAddress) ? { ok: true } : { ok: false, reason: "sender-authentication-domain-mismatch" };
  }
  if (verdicts.dmarc === "fail" || verdicts.compauth === "fail") return { ok: false, reason: "sender-authentication-failed" };
  return { ok: false, reason: "sender-authentication-inconclusive" };
}
