import { retryAfterSeconds } from "./retry-after";

test("reads Retry-After given in seconds", () => {
  expect(retryAfterSeconds("120")).toBe(120);
});

test("reads Retry-After given as an HTTP date", () => {
  const now = Date.parse("2026-11-27T15:00:00Z");
  expect(retryAfterSeconds("Fri, 27 Nov 2026 15:00:45 GMT", now)).toBe(45);
});

test("a missing or unreadable Retry-After gives no number", () => {
  expect(retryAfterSeconds(null)).toBeUndefined();
  expect(retryAfterSeconds("soon")).toBeUndefined();
});
