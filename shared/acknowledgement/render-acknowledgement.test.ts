import { renderAcknowledgement, renderExpiryNotice } from "./render-acknowledgement";

test("the acknowledgement is Dutch, with the receipt time in Amsterdam", () => {
  expect(renderAcknowledgement({ receivedAt: "2026-11-30T07:12:00Z" })).toEqual({
    subject: "RE: Handle with Care",
    text: "Het Handle with Care-signaal is ontvangen en mondeling doorgegeven.\nOntvangen op 30-11-2026 om 08:12.",
    html: "<div>Het Handle with Care-signaal is ontvangen en mondeling doorgegeven.</div><div>Ontvangen op 30-11-2026 om 08:12.</div>",
  });
});

test("the acknowledgement is Dutch in summer time too (the receipt time in CEST)", () => {
  expect(renderAcknowledgement({ receivedAt: "2026-06-30T06:12:00Z" }).text).toBe(
    "Het Handle with Care-signaal is ontvangen en mondeling doorgegeven.\nOntvangen op 30-06-2026 om 08:12.",
  );
});

test("the expiry notice says the signal was removed and what to do next", () => {
  const notice = renderExpiryNotice({ receivedAt: "2026-11-30T07:12:00Z" });
  expect(notice.subject).toBe("RE: Handle with Care");
  expect(notice.text.split("\n")).toEqual([
    "Een Handle with Care-signaal is niet op tijd bevestigd en is daarom verwijderd.",
    "Ontvangen op 30-11-2026 om 08:12.",
    "Neem zo nodig telefonisch contact op met de school.",
  ]);
});

test("an invalid receipt time is a programming error", () => {
  expect(() => renderAcknowledgement({ receivedAt: "gisteren" })).toThrow(RangeError);
});
