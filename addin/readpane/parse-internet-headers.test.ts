import { parseInternetHeaders } from "./parse-internet-headers";

test("reads each header in order, unfolding continuation lines", () => {
  const block =
    "Received: from a.example\r\n by b.example; Thu, 26 Nov 2026 07:05:00 +0000\r\n" +
    "Authentication-Results: spf=pass (sender IP is 40.107.1.2)\r\n\tsmtp.mailfrom=veiligthuisgv.example; dmarc=pass\r\n" +
    "Subject: Handle with Care\r\n";
  expect(parseInternetHeaders(block)).toEqual([
    { name: "Received", value: "from a.example by b.example; Thu, 26 Nov 2026 07:05:00 +0000" },
    { name: "Authentication-Results", value: "spf=pass (sender IP is 40.107.1.2) smtp.mailfrom=veiligthuisgv.example; dmarc=pass" },
    { name: "Subject", value: "Handle with Care" },
  ]);
});

test("keeps repeated headers apart, the top-most first", () => {
  expect(parseInternetHeaders("Authentication-Results: dmarc=pass\nAuthentication-Results: dmarc=fail\n").map((header) => header.value)).toEqual(["dmarc=pass", "dmarc=fail"]);
});

test("stops at the blank line that ends the header section", () => {
  expect(parseInternetHeaders("Subject: x\r\n\r\nAuthentication-Results: dmarc=pass\r\n")).toEqual([{ name: "Subject", value: "x" }]);
});

test("skips lines that are no header and a continuation before any header", () => {
  expect(parseInternetHeaders("  stray\r\nnot a header\r\nX-Test: 1\r\n")).toEqual([{ name: "X-Test", value: "1" }]);
});
