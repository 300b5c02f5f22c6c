/** @jest-environment jsdom */
// axe-core on the rendered panes (jsdom cannot judge colour contrast; the browser tests in test/e2e do).
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import type { Signal } from "../shared/signal/types";
import { ReadPane } from "./readpane/ReadPane";
import { ComposePane } from "./taskpane/ComposePane";
import { UnsupportedClient } from "./taskpane/UnsupportedClient";
import { DEMO_SCHOOLS, SENDER_ADDRESS } from "./test-fixtures/demo-register";
import { ThemedRoot } from "./theme/ThemedRoot";

// Fluent and user-event in jsdom are slow on a shared 2-core machine; this is a hang guard, not a timing claim.
jest.setTimeout(30_000);

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("the compose pane, filled in and inserted, has no axe violations", async () => {
  const user = userEvent.setup({ delay: null });
  render(
    <ThemedRoot theme="light" locale="nl">
      <ComposePane
        schools={DEMO_SCHOOLS}
        locale="nl"
        senderAddress={SENDER_ADDRESS}
        now={() => new Date("2026-11-27T15:00:00Z")}
        actions={{ checkSender: async () => "wrong", insertSignal: async () => ({ from: "wrong", attachmentsLeft: true }), openNewMessage: () => undefined }}
      />
    </ThemedRoot>,
  );
  await screen.findByText(/Klik op "Van"/);
  expect(await violations()).toEqual([]);
  await user.type(screen.getByRole("combobox", { name: /School/ }), "Regen");
  expect(await violations()).toEqual([]);
  await user.keyboard("{ArrowDown}{Enter}");
  await user.type(screen.getByRole("textbox", { name: /Naam van het kind/ }), "Fleur van Dijk");
  await user.type(screen.getByRole("textbox", { name: /Geboortedatum \(DD-MM-JJJJ\)/ }), "12-03-2015");
  await user.click(screen.getByRole("checkbox"));
  await user.click(screen.getByRole("button", { name: "Signaal invoegen" }));
  await screen.findByRole("button", { name: "Signaal voor nog een kind" });
  expect(await violations()).toEqual([]);
});

test("the compose pane showing field errors has no axe violations", async () => {
  const user = userEvent.setup({ delay: null });
  render(
    <ThemedRoot theme="dark" locale="nl">
      <ComposePane schools={DEMO_SCHOOLS} locale="nl" senderAddress={SENDER_ADDRESS} now={() => new Date("2026-11-27T15:00:00Z")} actions={{ checkSender: async () => "ok", insertSignal: jest.fn(), openNewMessage: jest.fn() }} />
    </ThemedRoot>,
  );
  await user.type(screen.getByRole("textbox", { name: /Naam van het kind/ }), "Fleur 2");
  await user.type(screen.getByRole("textbox", { name: /Geboortedatum \(DD-MM-JJJJ\)/ }), "31-02-2015");
  await user.tab();
  expect(await violations()).toEqual([]);
});

test("the read pane, before and after acknowledging, has no axe violations", async () => {
  const user = userEvent.setup({ delay: null });
  const signal = { childName: "Fleur van Dijk", birthDate: "2015-03-12" } as unknown as Signal;
  render(<ReadPane locale="nl" theme="dark" opened={{ kind: "signal", signal }} acknowledge={async () => ({ kind: "unavailable", retryAfterSeconds: 5 })} />);
  expect(await violations()).toEqual([]);
  await user.click(screen.getByRole("checkbox"));
  await user.click(screen.getByRole("button", { name: "Bevestigen en verwijderen" }));
  await screen.findByRole("button", { name: "Opnieuw proberen" });
  expect(await violations()).toEqual([]);
});

test("the read pane's warnings (imitation, not verified, phone) have no axe violations", async () => {
  const { rerender } = render(<ReadPane locale="nl" theme="light" opened={{ kind: "imitation" }} acknowledge={jest.fn()} />);
  expect(await violations()).toEqual([]);
  rerender(<ReadPane locale="en" theme="dark" opened={{ kind: "not-verified", onPhone: true }} acknowledge={jest.fn()} />);
  expect(await violations()).toEqual([]);
  rerender(<ReadPane locale="nl" theme="light" opened={{ kind: "phone-shared-mailbox" }} acknowledge={jest.fn()} />);
  expect(await violations()).toEqual([]);
});

test("the compose pane of an Outlook without a send guard says so, with no form and no axe violations", async () => {
  render(
    <ThemedRoot theme="light" locale="nl">
      <UnsupportedClient locale="nl" />
    </ThemedRoot>,
  );
  expect(screen.getByRole("heading", { name: "Handle with Care werkt niet in deze versie van Outlook" })).toBeTruthy();
  expect(screen.queryByRole("button")).toBeNull();
  expect(await violations()).toEqual([]);
});
