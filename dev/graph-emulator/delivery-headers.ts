// The transport headers Exchange Online stamps on delivered mail, newest (top-most) first, as Graph lists them.
// Authentication-Results is the receiving organisation's verdict; it carries spf, dkim, dmarc and compauth
// (Exchange's composite authentication). Seeds can choose how a message authenticated (`authentication`), from
// the clean pass to the cases a receiver must not take as a pass.
// https://learn.microsoft.com/defender-office-365/message-headers-eop-mdo#authentication-results-message-header
// https://learn.microsoft.com/defender-office-365/email-authentication-arc-configure (ARC, compauth reason 130)
import type { InternetMessageHeader } from "./model";

/**
 * How a delivered message authenticated at the receiving Exchange:
 * - pass: SPF, DKIM and DMARC pass for the From domain (compauth=pass reason=100)
 * - fail: spoofed — SPF and DMARC fail (compauth=fail reason=000)
 * - gateway: a filtering gateway in front of Exchange relayed it — SPF fails on the gateway's IP, DKIM still
 *   aligns, so dmarc=pass (compauth=pass)
 * - arc: a forwarding service broke SPF and DKIM, a trusted ARC sealer vouches (dmarc=fail, compauth=pass reason=130)
 * - none: the domain publishes no DMARC record (dmarc=none, compauth=softfail)
 * - temperror: DNS failed during the check (dmarc=temperror, compauth=none)
 * - missing: no Authentication-Results at all (mail that never passed Exchange's filter as such)
 * - forged-below: a spoofed message carrying its own "dmarc=pass" Authentication-Results beneath Exchange's fail
 */
export type DeliveryAuthentication = "pass" | "fail" | "gateway" | "arc" | "none" | "temperror" | "missing" | "forged-below";

export interface DeliveryHeaderInput {
  fromAddress: string;
  /** The verified domains of the tenant that sent the message; empty for mail from outside the stand-in. */
  sendingTenantDomains: string[];
  internetMessageId: string;
  inReplyTo: string | null;
  references: string | null;
  date: string;
  /** Default: pass when the From domain is the sending tenant's, else fail. */
  authentication?: DeliveryAuthentication;
}

function verdict(kind: Exclude<DeliveryAuthentication, "missing">, domain: string): string {
  switch (kind) {
    case "pass":
      return `spf=pass (sender IP is 40.107.22.54) smtp.mailfrom=${domain}; dkim=pass (signature was verified) header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass reason=100`;
    case "fail":
    case "forged-below":
      return `spf=fail (sender IP is 203.0.113.77) smtp.mailfrom=${domain}; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=${domain};compauth=fail reason=000`;
    case "gateway":
      return `spf=fail (sender IP is 198.51.100.20; identity alignment result is pass and alignment mode is relaxed) smtp.mailfrom=${domain}; dkim=pass (signature was verified) header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass reason=100`;
    case "arc":
      return `spf=fail (sender IP is 192.0.2.14) smtp.mailfrom=lists.example.org; dkim=fail (body hash did not verify) header.d=${domain};dmarc=fail action=none header.from=${domain};compauth=pass reason=130`;
    case "none":
      return `spf=pass (sender IP is 40.107.22.54) smtp.mailfrom=${domain}; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=${domain};compauth=softfail reason=201`;
    case "temperror":
      return `spf=temperror (sender IP is 40.107.22.54) smtp.mailfrom=${domain}; dkim=temperror header.d=${domain};dmarc=temperror action=none header.from=${domain};compauth=none reason=451`;
  }
}

export function deliveryHeaders(input: DeliveryHeaderInput): InternetMessageHeader[] {
  const fromDomain = input.fromAddress.slice(input.fromAddress.lastIndexOf("@") + 1).toLowerCase();
  const aligned = input.sendingTenantDomains.some((d) => d.toLowerCase() === fromDomain);
  const kind = input.authentication ?? (aligned ? "pass" : "fail");
  const date = new Date(input.date).toUTCString();
  const headers: InternetMessageHeader[] = [{ name: "Received", value: `from EUR05-AM6-obe.outbound.protection.outlook.com (40.107.22.54) by stand-in.local with HTTPS; ${date}` }];
  if (kind !== "missing") headers.push({ name: "Authentication-Results", value: verdict(kind, fromDomain) });
  if (kind === "gateway") {
    headers.push({ name: "Received", value: `from filter.gateway.example (198.51.100.20) by mx.stand-in.local; ${date}` });
    headers.push({ name: "Authentication-Results", value: `filter.gateway.example; spf=pass smtp.mailfrom=${fromDomain}; dkim=pass header.d=${fromDomain}; dmarc=pass header.from=${fromDomain}` });
  }
  if (kind === "arc") {
    headers.push({ name: "ARC-Seal", value: "i=1; a=rsa-sha256; s=arcselector; d=lists.example.org; cv=none; b=stand-in" });
    headers.push({ name: "ARC-Message-Signature", value: "i=1; a=rsa-sha256; c=relaxed/relaxed; d=lists.example.org; s=arcselector; h=From:To:Subject; bh=stand-in; b=stand-in" });
    headers.push({ name: "ARC-Authentication-Results", value: `i=1; mx.lists.example.org; spf=pass smtp.mailfrom=${fromDomain}; dkim=pass header.d=${fromDomain}; dmarc=pass header.from=${fromDomain}` });
  }
  if (kind === "forged-below") {
    // Put there by the sender, so below Exchange's own verdict: worthless, and must be ignored.
    headers.push({ name: "Authentication-Results", value: `spf=pass smtp.mailfrom=${fromDomain}; dkim=pass header.d=${fromDomain};dmarc=pass action=none header.from=${fromDomain};compauth=pass reason=100` });
  }
  headers.push({ name: "Message-ID", value: input.internetMessageId }, { name: "Date", value: date });
  if (input.inReplyTo) headers.push({ name: "In-Reply-To", value: input.inReplyTo });
  if (input.references) headers.push({ name: "References", value: input.references });
  return headers;
}
