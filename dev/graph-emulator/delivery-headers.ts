// The transport headers Exchange Online stamps on delivered mail. Authentication-Results carries the DMARC verdict:
// dmarc=fail when the From domain is not one of the sending tenant's verified domains.
// https://learn.microsoft.com/defender-office-365/message-headers-eop-mdo
import type { InternetMessageHeader } from "./model";

export interface DeliveryHeaderInput {
  fromAddress: string;
  /** The verified domains of the tenant that sent the message; empty for mail from outside the stand-in. */
  sendingTenantDomains: string[];
  internetMessageId: string;
  inReplyTo: string | null;
  references: string | null;
  date: string;
}

export function deliveryHeaders(input: DeliveryHeaderInput): InternetMessageHeader[] {
  const fromDomain = input.fromAddress.slice(input.fromAddress.lastIndexOf("@") + 1).toLowerCase();
  const aligned = input.sendingTenantDomains.some((d) => d.toLowerCase() === fromDomain);
  const verdict = aligned
    ? `spf=pass (sender IP is 127.0.0.1) smtp.mailfrom=${fromDomain}; dkim=pass (signature was verified) header.d=${fromDomain};dmarc=pass action=none header.from=${fromDomain};compauth=pass reason=100`
    : `spf=fail (sender IP is 127.0.0.1) smtp.mailfrom=${fromDomain}; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=${fromDomain};compauth=fail reason=000`;
  const headers: InternetMessageHeader[] = [
    { name: "Received", value: `from stand-in.local (127.0.0.1) by stand-in.local with HTTPS; ${new Date(input.date).toUTCString()}` },
    { name: "Authentication-Results", value: verdict },
    { name: "Message-ID", value: input.internetMessageId },
    { name: "Date", value: new Date(input.date).toUTCString() },
  ];
  if (input.inReplyTo) headers.push({ name: "In-Reply-To", value: input.inReplyTo });
  if (input.references) headers.push({ name: "References", value: input.references });
  return headers;
}
