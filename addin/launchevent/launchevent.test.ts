import { installOutlook, outlookState, type OutlookState } from "../test-fixtures/outlook-mock";
import { SEND_HANDLER_NAME } from "./handler-name";

type Completion = { allowEvent: boolean; errorMessage?: string };

async function loadGuard(state: OutlookState): Promise<(event: { completed: (options: Completion) => void }) => void> {
  installOutlook(state);
  await jest.isolateModulesAsync(async () => {
    await import("./launchevent");
  });
  const handler = state.associated.get(SEND_HANDLER_NAME);
  if (!handler) throw new Error(`launchevent.ts did not register ${SEND_HANDLER_NAME}`);
  return handler;
}

function send(handler: (event: { completed: (options: Completion) => void }) => void): Promise<Completion[]> {
  return new Promise((resolve) => {
    const completions: Completion[] = [];
    handler({
      completed: (options) => {
        completions.push(options);
        // Let any (wrong) second completion arrive before answering.
        setTimeout(() => resolve(completions), 0);
      },
    });
  });
}

test("the bundle registers the manifest's FunctionName with Office.actions.associate", async () => {
  const state = outlookState();
  await loadGuard(state);
  expect([...state.associated.keys()]).toEqual(["onMessageSendHandler"]);
});

test("ordinary mail passes the registered handler", async () => {
  const handler = await loadGuard(outlookState({ to: ["collega@veiligthuisgv.example"], subject: "Overleg" }));
  expect(await send(handler)).toEqual([{ allowEvent: true }]);
});

test("a marked message that is not exactly the signal is blocked through the real adapters", async () => {
  const handler = await loadGuard(outlookState({ to: ["iemand@example.org"], subject: "Handle with Care", headers: { "x-handle-with-care": "1" } }));
  const completions = await send(handler);
  expect(completions).toHaveLength(1);
  expect(completions[0]?.allowEvent).toBe(false);
});

test("an Office failure while checking still completes the event, blocking", async () => {
  const handler = await loadGuard(outlookState({ headers: { "x-handle-with-care": "1" }, failing: new Set(["body.getAsync:html"]) }));
  const completions = await send(handler);
  expect(completions).toEqual([{ allowEvent: false, errorMessage: expect.stringContaining("niet verzonden") }]);
});
