import { peakOverlap, sweepLogFigures } from "./request-log-figures";
import type { RequestLogEntry } from "../../dev/stand-in";

const entry = (mailbox: string, start: number, end: number, extra: Partial<RequestLogEntry> = {}): RequestLogEntry => ({
  method: "GET",
  path: "/v1.0/users/x/messages",
  status: 200,
  startedAt: new Date(start).toISOString(),
  endedAt: new Date(end).toISOString(),
  mailbox,
  ...extra,
});

test("peak overlap counts the intervals open at the busiest instant", () => {
  expect(peakOverlap([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 6, end: 7 }, { start: 20, end: 30 }])).toBe(3);
});

test("an interval that starts as another ends does not overlap it", () => {
  expect(peakOverlap([{ start: 0, end: 10 }, { start: 10, end: 20 }])).toBe(1);
});

test("round trips are counted per mailbox, a batch under the mailbox of its inner requests", () => {
  const batch = entry("", 0, 50, { path: "/v1.0/$batch", inner: [{ ...entry("b@x.example", 1, 49), id: "1" }] });
  delete batch.mailbox;
  const figures = sweepLogFigures([entry("a@x.example", 0, 50), batch, entry("a@x.example", 60, 90)]);
  expect(Object.fromEntries(figures.perMailbox)).toEqual({ "a@x.example": 2, "b@x.example": 1 });
  expect(figures.graphRoundTrips).toBe(3);
});

test("429 answers are counted at the top level and inside batches", () => {
  const batch = entry("b@x.example", 0, 50, { path: "/v1.0/$batch", inner: [{ ...entry("b@x.example", 1, 49, { status: 429 }), id: "1" }] });
  expect(sweepLogFigures([entry("a@x.example", 0, 5, { status: 429 }), batch]).responses429).toBe(2);
});

test("identity provider requests are not Graph round trips", () => {
  expect(sweepLogFigures([entry("", 0, 5, { path: "/tenant/oauth2/v2.0/token" })]).graphRoundTrips).toBe(0);
});
