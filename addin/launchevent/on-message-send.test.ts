import { DEMO_SCHOOLS, SENDER_ADDRESS, TODAY } from "../test-fixtures/demo-register";
import { evaluateSend } from "./evaluate-send";
import { onMessageSend, type SendCompletion, type SendGuardDependencies } from "./on-message-send";
import type { SendEnvelope } from "./signal-like";
import type { SendSnapshot } from "./send-snapshot";

const signalEnvelope: SendEnvelope = { to: ["hwc.hetkompas@gooisescholen.example"], cc: [], bcc: [], hasMarker: true };
const signalSnapshot: SendSnapshot = {
  ...signalEnvelope,
  subject: "Handle with Care",
  htmlBody: "<div>Fleur van Dijk</div><div>12-03-2015</div><div>Handle with Care</div>",
  from: SENDER_ADDRESS,
  attachments: [],
};

function dependencies(overrides: Partial<SendGuardDependencies> = {}): SendGuardDependencies {
  return {
    readEnvelope: async () => signalEnvelope,
    readSnapshot: async () => signalSnapshot,
    evaluate: async (snapshot, options) => evaluateSend(snapshot, options),
    schools: DEMO_SCHOOLS,
    senderAddress: SENDER_ADDRESS,
    today: () => TODAY,
    displayLanguage: () => "nl-NL",
    ...overrides,
  };
}

async function run(deps: SendGuardDependencies): Promise<SendCompletion[]> {
  const completions: SendCompletion[] = [];
  await onMessageSend({ completed: (options) => completions.push(options) }, deps);
  return completions;
}

test("a correct signal completes the event once, allowing the send", async () => {
  expect(await run(dependencies())).toEqual([{ allowEvent: true }]);
});

test("ordinary mail is allowed without its body being read", async () => {
  const readSnapshot = jest.fn(async () => signalSnapshot);
  const completions = await run(dependencies({ readEnvelope: async () => ({ to: ["a@example.org"], cc: [], bcc: [], hasMarker: false }), readSnapshot }));
  expect(completions).toEqual([{ allowEvent: true }]);
  expect(readSnapshot).not.toHaveBeenCalled();
});

test("a tampered signal is blocked with the Dutch reason", async () => {
  const completions = await run(dependencies({ readSnapshot: async () => ({ ...signalSnapshot, cc: ["a@example.org"] }) }));
  expect(completions).toEqual([{ allowEvent: false, errorMessage: "Handle with Care: niet verzonden. Haal alle CC- en BCC-ontvangers weg." }]);
});

test("the event is completed, blocking, when reading the message fails", async () => {
  const completions = await run(dependencies({ readSnapshot: async () => Promise.reject(new Error("Office call body.getAsync failed")) }));
  expect(completions).toHaveLength(1);
  expect(completions[0]?.allowEvent).toBe(false);
  expect(completions[0]?.errorMessage).toContain("niet verzonden");
});

test("ordinary mail goes when Outlook cannot say who it is for: Block mode never stops ordinary mail", async () => {
  const readSnapshot = jest.fn(async () => signalSnapshot);
  const completions = await run(dependencies({ readEnvelope: () => Promise.reject(new Error("boom")), readSnapshot }));
  expect(completions).toEqual([{ allowEvent: true }]);
  expect(readSnapshot).not.toHaveBeenCalled();
});

test("a message with the signal's subject is still checked when its marker cannot be read", async () => {
  const completions = await run(
    dependencies({ readEnvelope: async () => ({ to: ["a@example.org"], cc: [], bcc: [], subject: "Handle with Care" }), readSnapshot: async () => ({ ...signalSnapshot, to: ["a@example.org"] }) }),
  );
  expect(completions.map((completion) => completion.allowEvent)).toEqual([false]);
});

test("a body read failure on mail to a colleague whose marker cannot be read lets it go", async () => {
  const readSnapshot = jest.fn(async () => Promise.reject(new Error("body.getAsync failed")));
  const completions = await run(dependencies({ readEnvelope: async () => ({ to: ["collega@veiligthuisgv.example"], cc: [], bcc: [], subject: "Overleg" }), readSnapshot }));
  expect(completions).toEqual([{ allowEvent: true }]);
  expect(readSnapshot).not.toHaveBeenCalled();
});

test("the block message never repeats the child's name or birth date", async () => {
  const completions = await run(dependencies({ readSnapshot: async () => ({ ...signalSnapshot, subject: "Fleur van Dijk 12-03-2015" }) }));
  expect(completions[0]?.errorMessage).not.toMatch(/Fleur|Dijk|12-03-2015/);
});

test("ordinary mail still goes when the template checks cannot even load", async () => {
  const evaluate = async () => Promise.reject(new SyntaxError("Invalid regular expression: lookbehind"));
  const ordinary = await run(dependencies({ evaluate, readEnvelope: async () => ({ to: ["a@example.org"], cc: [], bcc: [], hasMarker: false }) }));
  expect(ordinary).toEqual([{ allowEvent: true }]);
  const signal = await run(dependencies({ evaluate }));
  expect(signal.map((completion) => completion.allowEvent)).toEqual([false]);
});
