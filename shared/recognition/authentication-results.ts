// Received mail carries the receiving server's verdict, e.g.
//   Authentication-Results: spf=pass (sender IP is 40.107.1.2) smtp.mailfrom=veiligthuisgv.example;
//     dkim=pass (signature was verified) header.d=veiligthuisgv.example; dmarc=pass action=none
// A failed SPF or DMARC check means the From address cannot be believed.

const FAILED = /(?:^|[\s;(])(?:spf|dmarc)\s*=\s*fail\b/i;

export function failsSenderAuthentication(headers: readonly { name: string; value: string }[] | null | undefined): boolean {
  if (!Array.isArray(headers)) return false;
  return headers.some(
    (header) =>
      typeof header?.name === "string" &&
      header.name.trim().toLowerCase() === "authentication-results" &&
      typeof header.value === "string" &&
      FAILED.test(header.value),
  );
}
