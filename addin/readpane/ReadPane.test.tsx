/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Signal } from "../../shared/signal/types";
import type { AcknowledgeResult } from "./acknowledge-request";
import type { OpenedItem } from "./opened-item";
import { ReadPane } from "./ReadPane";

// Fluent and user-event in jsdom are slow on a shared 2-core machine; this is a hang guard, not a timing claim.
jest.setTimeout(30_000);

const signal = { childName: "Fleur van Dijk", birthDate: "2015-03-12" } as unknown as Signal;
const opened: OpenedItem = { kind: "signal", signal };

function renderPane(result: AcknowledgeResult | (() => Promise<AcknowledgeResult>), item: OpenedItem = opened) {
  const acknowledge = jest.fn(typeof result === "function" ? result : async () => result);
  const user = userEvent.setup({ delay: null });
  render(<ReadPane locale="nl" theme="light" opened={item} acknowledge={acknowledge} />);
  return { user, acknowledge };
}

const confirmBox = () => screen.getByRole("checkbox", { name: "Ik heb de leerkracht/mentor mondeling geïnformeerd" });
const actionButton = () => screen.getByRole("button", { name: "Bevestigen en verwijderen" });

async function confirmAndClick(user: ReturnType<typeof userEvent.setup>) {
  await user.click(confirmBox());
  await user.click(actionButton());
}

test("the signal's name and birth date are shown for the functionary to pass on", () => {
  renderPane({ kind: "done", status: "acknowledged-and-deleted" });
  expect(screen.getByText("Fleur van Dijk")).toBeTruthy();
  expect(screen.getByText("12-03-2015")).toBeTruthy();
});

test("the button stays disabled until the functionary confirms telling the teacher", async () => {
  const { user, acknowledge } = renderPane({ kind: "done", status: "acknowledged-and-deleted" });
  expect((actionButton() as HTMLButtonElement).disabled).toBe(true);
  await user.click(actionButton());
  expect(acknowledge).not.toHaveBeenCalled();
  await user.click(confirmBox());
  expect((actionButton() as HTMLButtonElement).disabled).toBe(false);
});

test("a successful call reports the acknowledgement and deletion, and hides the signal", async () => {
  const { user, acknowledge } = renderPane({ kind: "done", status: "acknowledged-and-deleted" });
  await confirmAndClick(user);
  expect(acknowledge).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("Bevestiging verstuurd en signaal verwijderd uit alle mappen")).toBeTruthy();
  expect(screen.queryByText("Fleur van Dijk")).toBeNull();
  expect(screen.queryByRole("button")).toBeNull();
});

test("progress shows while the service works", async () => {
  let finish: (result: AcknowledgeResult) => void = () => undefined;
  const { user } = renderPane(() => new Promise<AcknowledgeResult>((resolve) => (finish = resolve)));
  await confirmAndClick(user);
  expect(screen.getByText("Bevestiging versturen en signaal verwijderen…")).toBeTruthy();
  expect((screen.getByRole("button") as HTMLButtonElement).disabled).toBe(true);
  finish({ kind: "done", status: "already-deleted" });
  expect(await screen.findByText("Dit signaal was al verwijderd. Er is niets meer te doen.")).toBeTruthy();
});

test("a 422 says this is not a Handle with Care signal and offers no retry", async () => {
  const { user } = renderPane({ kind: "not-a-signal" });
  await confirmAndClick(user);
  expect(await screen.findByText(/herkent dit bericht niet als Handle with Care-signaal/)).toBeTruthy();
  expect(screen.queryByRole("button")).toBeNull();
});

test("a 503 says nothing was lost and offers a retry that calls again", async () => {
  const results: AcknowledgeResult[] = [{ kind: "unavailable", retryAfterSeconds: 30 }, { kind: "done", status: "acknowledged-and-deleted" }];
  const { user, acknowledge } = renderPane(async () => results.shift() ?? { kind: "failed" });
  await confirmAndClick(user);
  expect(await screen.findByText(/Er is niets verloren gegaan; probeer het over 30 seconden opnieuw/)).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Opnieuw proberen" }));
  expect(acknowledge).toHaveBeenCalledTimes(2);
  expect(await screen.findByText("Bevestiging verstuurd en signaal verwijderd uit alle mappen")).toBeTruthy();
});

test("a 403 tells the functionary to ask IT, as an alert", async () => {
  const { user } = renderPane({ kind: "forbidden" });
  await confirmAndClick(user);
  expect((await screen.findByRole("alert")).textContent).toMatch(/Vraag uw ICT-beheerder/);
});

test("a message that is not a signal shows an explanation instead of the button", () => {
  renderPane({ kind: "done", status: "acknowledged-and-deleted" }, { kind: "not-a-signal" });
  expect(screen.getByText(/Dit bericht is geen Handle with Care-signaal/)).toBeTruthy();
  expect(screen.queryByRole("button")).toBeNull();
  expect(screen.queryByRole("checkbox")).toBeNull();
});

test("the flow works with the keyboard only", async () => {
  const { user, acknowledge } = renderPane({ kind: "done", status: "acknowledged-and-deleted" });
  await user.tab();
  expect(document.activeElement).toBe(confirmBox());
  await user.keyboard(" ");
  await user.tab();
  expect(document.activeElement).toBe(actionButton());
  await user.keyboard("{Enter}");
  expect(acknowledge).toHaveBeenCalledTimes(1);
});

test.each<[string, OpenedItem, RegExp]>([
  ["an imitation of a signal", { kind: "imitation" }, /lijkt op een Handle with Care-signaal, maar komt niet aantoonbaar van Veilig Thuis/],
  ["a message this Outlook cannot verify", { kind: "not-verified", onPhone: false }, /kan niet controleren of dit bericht echt van Veilig Thuis komt.*outlook\.office\.com/],
  ["a message on a phone", { kind: "not-verified", onPhone: true }, /Op een telefoon kan Handle with Care niet controleren/],
  ["a shared mailbox on a phone", { kind: "phone-shared-mailbox" }, /niet werken in een gedeeld postvak/],
])("%s gets a plain warning, no name and no button", (_case, item, text) => {
  renderPane({ kind: "done", status: "acknowledged-and-deleted" }, item);
  expect(screen.getByText(text)).toBeTruthy();
  expect(screen.queryByText("Fleur van Dijk")).toBeNull();
  expect(screen.queryByRole("button")).toBeNull();
  expect(screen.queryByRole("checkbox")).toBeNull();
});

test("the confirmation is Fluent's Checkbox", () => {
  renderPane({ kind: "done", status: "acknowledged-and-deleted" });
  expect(confirmBox().closest(".fui-Checkbox")).not.toBeNull();
});

test("after deletion neither the name nor the birth date is shown, and nothing can act again", async () => {
  const { user, acknowledge } = renderPane({ kind: "done", status: "already-deleted" });
  await user.click(confirmBox());
  await user.dblClick(actionButton());
  expect(await screen.findByText("Dit signaal was al verwijderd. Er is niets meer te doen.")).toBeTruthy();
  expect(acknowledge).toHaveBeenCalledTimes(1);
  expect(screen.queryByText("Fleur van Dijk")).toBeNull();
  expect(screen.queryByText("12-03-2015")).toBeNull();
  expect(screen.queryByRole("button")).toBeNull();
  expect(screen.queryByRole("checkbox")).toBeNull();
});

test("a claims challenge this Outlook cannot answer says where to try instead, and offers no retry", async () => {
  const { user } = renderPane({ kind: "claims-unsupported" });
  await confirmAndClick(user);
  expect((await screen.findByRole("alert")).textContent).toMatch(/extra aanmeldstap.*Outlook op het web/);
  expect(screen.queryByRole("button")).toBeNull();
});
