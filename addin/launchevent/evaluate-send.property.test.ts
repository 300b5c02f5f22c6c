import fc from "fast-check";
import { parseSignalInput } from "../../shared/signal/parse-signal-input";
import { renderSignal } from "../../shared/signal/render-signal";
import { DEMO_SCHOOLS, SENDER_ADDRESS, TODAY } from "../test-fixtures/demo-register";
import { evaluateSend } from "./evaluate-send";
import type { SendSnapshot } from "./send-snapshot";

const options = { schools: DEMO_SCHOOLS, senderAddress: SENDER_ADDRESS, today: TODAY };
const letters = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzéëïöüçñßøåł".split(""));
const word = fc.array(letters, { minLength: 2, maxLength: 10 }).map((chars) => chars.join(""));
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(" "));
const birthDate = fc.date({ min: new Date("2009-01-01T00:00:00Z"), max: new Date("2022-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => {
  const iso = date.toISOString().slice(0, 10);
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
});

function signalSnapshot(html: string): SendSnapshot {
  return { subject: "Handle with Care", htmlBody: `<html><body>${html}</body></html>`, to: ["hwc.hetkompas@gooisescholen.example"], cc: [], bcc: [], from: SENDER_ADDRESS, attachments: [], hasMarker: true };
}

test("every signal the pane can produce passes the guard unchanged", () => {
  fc.assert(
    fc.property(name, birthDate, (childName, date) => {
      const parsed = parseSignalInput({ childName, birthDate: date }, { today: TODAY });
      fc.pre(parsed.ok);
      if (!parsed.ok) return;
      expect(evaluateSend(signalSnapshot(renderSignal(parsed.value).html), options)).toEqual({ allow: true });
    }),
    { numRuns: 200 },
  );
});

test("any visible text added to a produced signal makes the guard block it", () => {
  fc.assert(
    fc.property(name, birthDate, fc.string({ minLength: 1, maxLength: 40 }).filter((text) => /[^\s\u00a0]/.test(text)), (childName, date, extra) => {
      const parsed = parseSignalInput({ childName, birthDate: date }, { today: TODAY });
      fc.pre(parsed.ok);
      if (!parsed.ok) return;
      const escaped = extra.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      const decision = evaluateSend(signalSnapshot(`${renderSignal(parsed.value).html}<div>${escaped}</div>`), options);
      expect(decision.allow).toBe(false);
    }),
    { numRuns: 200 },
  );
});
