/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEMO_SCHOOLS, SENDER_ADDRESS } from "../test-fixtures/demo-register";
import { ComposePane } from "./ComposePane";
import type { ComposeActions } from "./compose-actions";
import type { InsertSignalOutcome } from "./insert-signal";

// Fluent and user-event in jsdom are slow on a shared 2-core machine; this is a hang guard, not a timing claim.
jest.setTimeout(30_000);

// Friday 27 November 2026, 16:00 in Amsterdam: the next school day starts Monday 30 November at 08:30.
const FRIDAY_AFTERNOON = new Date("2026-11-27T15:00:00Z");
// Monday 30 November 2026, 08:00 and 08:45 in Amsterdam: before and after that day's start.
const MONDAY_EARLY = new Date("2026-11-30T07:00:00Z");
const MONDAY_AFTER_START = new Date("2026-11-30T07:45:00Z");

function actions(outcome: InsertSignalOutcome = { from: "ok", attachmentsLeft: false }, sender: "ok" | "wrong" | "unknown" = "ok") {
  return {
    checkSender: jest.fn(async () => sender),
    insertSignal: jest.fn<ReturnType<ComposeActions["insertSignal"]>, Parameters<ComposeActions["insertSignal"]>>(async () => outcome),
    openNewMessage: jest.fn<void, []>(),
  };
}

function renderPane(options: { now?: () => Date; actions?: ReturnType<typeof actions>; locale?: "nl" | "en" } = {}) {
  const paneActions = options.actions ?? actions();
  const user = userEvent.setup({ delay: null });
  render(
    <ComposePane
      schools={DEMO_SCHOOLS}
      locale={options.locale ?? "nl"}
      senderAddress={SENDER_ADDRESS}
      now={options.now ?? (() => FRIDAY_AFTERNOON)}
      actions={paneActions}
    />,
  );
  return { user, actions: paneActions };
}

const schoolBox = () => screen.getByRole("combobox", { name: /School/ });
const nameBox = () => screen.getByRole("textbox", { name: /Naam van het kind/ });
const dateBox = () => screen.getByRole("textbox", { name: /Geboortedatum \(DD-MM-JJJJ\)/ });
const confirmBox = () => screen.getByRole("checkbox", { name: "Het gezin is geïnformeerd dat dit signaal naar school gaat" });
const insertButton = () => screen.getByRole("button", { name: "Signaal invoegen" });

async function chooseSchool(user: ReturnType<typeof userEvent.setup>, search: string, option: RegExp) {
  await user.type(schoolBox(), search);
  await user.click(await screen.findByRole("option", { name: option }));
}

async function fillValidSignal(user: ReturnType<typeof userEvent.setup>) {
  await chooseSchool(user, "Regenboog", /De Regenboog, Hilversum/);
  await user.type(nameBox(), "Fleur van Dijk");
  await user.type(dateBox(), "12-03-2015");
}

test("every field has a Dutch label", () => {
  renderPane();
  expect(schoolBox()).toBeTruthy();
  expect(nameBox()).toBeTruthy();
  expect(dateBox()).toBeTruthy();
  expect(screen.getByLabelText("Of kies de geboortedatum in de kalender")).toBeTruthy();
  expect(confirmBox()).toBeTruthy();
});

test("only schools that are active and have informed parents are offered", async () => {
  const { user } = renderPane();
  await user.click(schoolBox());
  const names = screen.getAllByRole("option").map((option) => option.textContent);
  expect(names).toEqual(["De Regenboog, Hilversum (BRIN 12AB)", "Het Kompas, Huizen (BRIN 34CD01)"]);
});

test("the school list can be searched by BRIN", async () => {
  const { user } = renderPane();
  await user.type(schoolBox(), "34cd");
  expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual(["Het Kompas, Huizen (BRIN 34CD01)"]);
});

test("a search without a selectable school says why", async () => {
  const { user } = renderPane();
  await user.type(schoolBox(), "Vlinder");
  expect(screen.queryAllByRole("option")).toHaveLength(0);
  expect(screen.getByRole("status").textContent).toMatch(/^Geen school gevonden/);
});

test("an invalid name shows the domain's message inline, without repeating the value", async () => {
  const { user } = renderPane();
  await user.type(nameBox(), "Fleur 2");
  await user.tab();
  const message = screen.getByText("De naam bevat een cijfer. Vul alleen de naam in, zonder cijfers.");
  expect(message.textContent).not.toContain("Fleur");
  expect(nameBox().getAttribute("aria-invalid")).toBe("true");
});

test("an impossible birth date is refused with its message", async () => {
  const { user } = renderPane();
  await user.type(dateBox(), "31-02-2015");
  await user.tab();
  expect(screen.getByText("Deze datum bestaat niet. Controleer dag en maand.")).toBeTruthy();
});

test("picking a date in the calendar fills the typed field as DD-MM-JJJJ", async () => {
  const { user } = renderPane();
  const picker = screen.getByLabelText("Of kies de geboortedatum in de kalender");
  await user.type(picker, "2015-03-12");
  expect((dateBox() as HTMLInputElement).value).toBe("12-03-2015");
});

test("the signal cannot be inserted until the family is confirmed to be informed", async () => {
  const { user, actions: paneActions } = renderPane();
  await fillValidSignal(user);
  expect((insertButton() as HTMLButtonElement).disabled).toBe(true);
  expect(screen.getByText("Bevestig eerst dat het gezin is geïnformeerd.")).toBeTruthy();
  await user.click(confirmBox());
  expect((insertButton() as HTMLButtonElement).disabled).toBe(false);
  expect(paneActions.insertSignal).not.toHaveBeenCalled();
});

test("the preview shows exactly the recipient, subject and the three lines", async () => {
  const { user } = renderPane();
  await fillValidSignal(user);
  const preview = screen.getByRole("region", { name: "Voorbeeld: precies dit wordt verstuurd" });
  expect(within(preview).getByText("hwc.deregenboog@gooisescholen.example")).toBeTruthy();
  expect(within(preview).getByText("Handle with Care")).toBeTruthy();
  expect(screen.getByTestId("signal-preview-body").textContent).toBe("Fleur van Dijk\n12-03-2015\nHandle with Care");
});

test("the deadline is the start of the school's next school day", async () => {
  const { user } = renderPane();
  await chooseSchool(user, "Kompas", /Het Kompas/);
  expect(screen.getByTestId("deadline").textContent).toBe("Deadline: vóór de start van de eerstvolgende schooldag: maandag 30 november, 08:30");
  expect(screen.queryByText(/is verstreken/)).toBeNull();
});

test("a warning with the next deadline shows once the deadline passes while the pane is open", async () => {
  let clock = MONDAY_EARLY;
  const { user } = renderPane({ now: () => clock });
  await chooseSchool(user, "Kompas", /Het Kompas/);
  expect(screen.getByTestId("deadline").textContent).toContain("maandag 30 november, 08:30");
  clock = MONDAY_AFTER_START;
  await user.type(nameBox(), "F");
  expect(screen.getByTestId("deadline").textContent).toBe(
    "Let op: de deadline (maandag 30 november, 08:30) is verstreken: de schooldag is begonnen. Het signaal komt nu vóór de start van de volgende schooldag: dinsdag 1 december, 08:30. Heeft het kind vandaag steun nodig, bel dan de school.",
  );
});

test("inserting hands the chosen school, the parsed signal and the sender to Outlook", async () => {
  const { user, actions: paneActions } = renderPane();
  await fillValidSignal(user);
  await user.click(confirmBox());
  await user.click(insertButton());
  expect(paneActions.insertSignal).toHaveBeenCalledTimes(1);
  const request = paneActions.insertSignal.mock.calls[0]?.[0];
  expect(request?.school.hwcAddress).toBe("hwc.deregenboog@gooisescholen.example");
  expect(request?.signal).toEqual({ childName: "Fleur van Dijk", birthDate: "2015-03-12" });
  expect(request?.senderAddress).toBe(SENDER_ADDRESS);
  expect(await screen.findByText("Het signaal staat in het bericht. Controleer het voorbeeld en klik op Verzenden.")).toBeTruthy();
});

test("a wrong From address is explained after inserting", async () => {
  const { user } = renderPane({ actions: actions({ from: "wrong", attachmentsLeft: false }) });
  await fillValidSignal(user);
  await user.click(confirmBox());
  await user.click(insertButton());
  expect(await screen.findByText(/Klik op "Van", kies handlewithcare@veiligthuisgv.example/)).toBeTruthy();
});

test("a wrong From is pointed out as soon as the pane opens", async () => {
  renderPane({ actions: actions(undefined, "wrong") });
  expect(await screen.findByText(/Klik op "Van", kies handlewithcare@veiligthuisgv.example/)).toBeTruthy();
});

test("no From warning shows when the draft goes out from the Veilig Thuis HwC mailbox", async () => {
  const paneActions = actions();
  renderPane({ actions: paneActions });
  await screen.findByRole("button", { name: "Signaal invoegen" });
  expect(paneActions.checkSender).toHaveBeenCalledWith(SENDER_ADDRESS);
  expect(screen.queryByText(/Klik op "Van"/)).toBeNull();
});

test("a failed insertion says nothing was sent and what to do", async () => {
  const failing = actions();
  failing.insertSignal.mockRejectedValueOnce(new Error("Office call body.setAsync failed"));
  const { user } = renderPane({ actions: failing });
  await fillValidSignal(user);
  await user.click(confirmBox());
  await user.click(insertButton());
  expect(await screen.findByText(/Invoegen is niet gelukt; er is niets verstuurd/)).toBeTruthy();
});

test("invalid input is not inserted; the errors show instead", async () => {
  const { user, actions: paneActions } = renderPane();
  await user.click(confirmBox());
  await user.click(insertButton());
  expect(paneActions.insertSignal).not.toHaveBeenCalled();
  expect(screen.getByText("Kies een school uit de lijst.")).toBeTruthy();
  expect(screen.getByText("Vul de naam van het kind in.")).toBeTruthy();
  expect(screen.getByText("Vul de geboortedatum in (DD-MM-JJJJ).")).toBeTruthy();
});

test("after inserting, the pane offers the next child's signal in a new message", async () => {
  const { user, actions: paneActions } = renderPane();
  await fillValidSignal(user);
  await user.click(confirmBox());
  await user.click(insertButton());
  await user.click(await screen.findByRole("button", { name: "Signaal voor nog een kind" }));
  expect(paneActions.openNewMessage).toHaveBeenCalledTimes(1);
});

test("the whole signal can be made with the keyboard only", async () => {
  const { user, actions: paneActions } = renderPane();
  await user.tab();
  expect(document.activeElement).toBe(schoolBox());
  await user.keyboard("Kompas");
  await user.keyboard("{ArrowDown}{Enter}");
  await user.tab();
  expect(document.activeElement).toBe(nameBox());
  await user.keyboard("Fleur van Dijk");
  await user.tab();
  await user.keyboard("12-03-2015");
  await user.tab(); // the calendar picker
  await user.tab();
  expect(document.activeElement).toBe(confirmBox());
  await user.keyboard(" ");
  await user.tab();
  expect(document.activeElement).toBe(insertButton());
  await user.keyboard("{Enter}");
  expect(paneActions.insertSignal).toHaveBeenCalledTimes(1);
  expect(paneActions.insertSignal.mock.calls[0]?.[0].school.id).toBe("kompas-huizen");
});

test("nothing typed is stored: no web storage and no cookies", async () => {
  const setItem = jest.spyOn(Storage.prototype, "setItem");
  const { user } = renderPane();
  await fillValidSignal(user);
  await user.click(confirmBox());
  await user.click(insertButton());
  expect(setItem).not.toHaveBeenCalled();
  // eslint-disable-next-line @microsoft/sdl/no-cookies -- reading, to prove the pane sets none
  expect(document.cookie).toBe("");
  setItem.mockRestore();
});

test("English Outlook gets English labels", () => {
  renderPane({ locale: "en" });
  expect(screen.getByRole("textbox", { name: /Child's name/ })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Insert signal" })).toBeTruthy();
});

describe("first-hour fixes", () => {
  // Monday 30 November 2026, 09:15 in Amsterdam: a school day that has started.
  const MONDAY_DURING_SCHOOL = new Date("2026-11-30T08:15:00Z");
  // Wednesday 1 September 2027: after the last summer holiday the shipped calendar knows (noord: until 22 August).
  const BEYOND_CALENDAR = new Date("2027-09-01T10:00:00Z");

  test("a school whose full name is typed is chosen without picking it from the list", async () => {
    const { user } = renderPane();
    await user.type(schoolBox(), "de regenboog");
    await user.type(nameBox(), "Fleur van Dijk");
    await user.type(dateBox(), "12-03-2015");
    const preview = screen.getByRole("region", { name: "Voorbeeld: precies dit wordt verstuurd" });
    expect(within(preview).getByText("hwc.deregenboog@gooisescholen.example")).toBeTruthy();
    expect((schoolBox() as HTMLInputElement).value).toBe("De Regenboog, Hilversum (BRIN 12AB)");
    expect(screen.queryByText("Kies een school uit de lijst.")).toBeNull();
  });

  test("typing on after a full name un-chooses the school again", async () => {
    const { user, actions: paneActions } = renderPane();
    await user.type(schoolBox(), "De Regenboogschool");
    await user.type(nameBox(), "Fleur van Dijk");
    await user.type(dateBox(), "12-03-2015");
    await user.click(confirmBox());
    await user.click(insertButton());
    expect(paneActions.insertSignal).not.toHaveBeenCalled();
    expect(screen.getByText("Kies een school uit de lijst.")).toBeTruthy();
  });

  test("opened during a school day, the pane says the signal is for the next one and today's support must come by phone", async () => {
    const { user } = renderPane({ now: () => MONDAY_DURING_SCHOOL });
    await chooseSchool(user, "Kompas", /Het Kompas/);
    const deadline = screen.getByTestId("deadline");
    expect(deadline.textContent).toBe(
      "Let op: de schooldag van vandaag is al begonnen. Het signaal komt vóór de start van de volgende schooldag: dinsdag 1 december, 08:30. Heeft het kind vandaag steun nodig, bel dan de school.",
    );
    expect(deadline.closest("[data-intent]")?.getAttribute("data-intent")).toBe("warning");
  });

  test("opened in the evening of a school day, the pane just gives tomorrow's deadline", async () => {
    const { user } = renderPane({ now: () => new Date("2026-11-30T19:00:00Z") });
    await chooseSchool(user, "Kompas", /Het Kompas/);
    expect(screen.getByTestId("deadline").textContent).toBe("Deadline: vóór de start van de eerstvolgende schooldag: dinsdag 1 december, 08:30");
  });

  test("beyond the last school holidays it knows, the pane says to send now and to tell the functional administrator", async () => {
    const { user } = renderPane({ now: () => BEYOND_CALENDAR });
    await chooseSchool(user, "Kompas", /Het Kompas/);
    expect(screen.getByTestId("deadline").textContent).toBe(
      "Handle with Care kent de schoolvakanties vanaf 23 augustus 2027 nog niet, dus de deadline is onbekend. Verstuur het signaal nu meteen, en meld aan de functioneel beheerder dat de schoolkalender moet worden bijgewerkt.",
    );
  });

  test("\"nog een kind\" says to send this message first and choose From again", async () => {
    const { user } = renderPane();
    await fillValidSignal(user);
    await user.click(confirmBox());
    await user.click(insertButton());
    expect(
      await screen.findByText(
        'Verzend eerst dit bericht en kies daarna Van opnieuw: deze knop opent een nieuw bericht. Kies daar bij "Van" handlewithcare@veiligthuisgv.example en open Handle with Care opnieuw.',
      ),
    ).toBeTruthy();
  });

  test("no green 'klik op Verzenden' while From is wrong; it appears once From is fixed", async () => {
    const paneActions = actions({ from: "wrong", attachmentsLeft: false }, "wrong");
    const user = userEvent.setup({ delay: null });
    render(<ComposePane schools={DEMO_SCHOOLS} locale="nl" senderAddress={SENDER_ADDRESS} now={() => FRIDAY_AFTERNOON} actions={paneActions} senderRecheckIntervalInMs={20} />);
    await fillValidSignal(user);
    await user.click(confirmBox());
    await user.click(insertButton());
    const warning = await screen.findByText(/Het signaal staat in het bericht, maar verzend het nog niet/);
    expect(warning.getAttribute("data-intent")).toBe("warning");
    expect(screen.queryByText(/klik op Verzenden\.$/)).toBeNull();
    expect(document.querySelector('[data-intent="success"]')).toBeNull();
    paneActions.checkSender.mockResolvedValue("ok");
    // The pane looks at From again every 20 ms here; a generous wait is a hang guard, not a timing claim.
    const success = await screen.findByText("Het signaal staat in het bericht. Controleer het voorbeeld en klik op Verzenden.", undefined, { timeout: 10_000 });
    expect(success.getAttribute("data-intent")).toBe("success");
    expect(screen.queryByText(/maar verzend het nog niet/)).toBeNull();
  });

  describe("where the webview can open a date input's calendar (showPicker)", () => {
    const showPicker = jest.fn();
    beforeEach(() => {
      Object.defineProperty(HTMLInputElement.prototype, "showPicker", { value: showPicker, configurable: true, writable: true });
    });
    afterEach(() => {
      delete (HTMLInputElement.prototype as Partial<HTMLInputElement>).showPicker;
      showPicker.mockReset();
    });

    test("the calendar opens from a button, and the only date shown is the typed field's DD-MM-JJJJ", async () => {
      const { user } = renderPane();
      await user.click(screen.getByRole("button", { name: "Of kies de geboortedatum in de kalender" }));
      expect(showPicker).toHaveBeenCalledTimes(1);
      const dateInput = document.querySelector<HTMLInputElement>('input[type="date"]');
      expect(dateInput?.getAttribute("aria-hidden")).toBe("true");
      expect(dateInput?.tabIndex).toBe(-1);
      fireEvent.change(dateInput as HTMLInputElement, { target: { value: "2015-03-12" } });
      expect((dateBox() as HTMLInputElement).value).toBe("12-03-2015");
      expect((dateBox() as HTMLInputElement).placeholder).toBe("DD-MM-JJJJ");
    });

    test("in English the placeholder matches the English label", () => {
      renderPane({ locale: "en" });
      expect((screen.getByRole("textbox", { name: /Date of birth \(DD-MM-YYYY\)/ }) as HTMLInputElement).placeholder).toBe("DD-MM-YYYY");
    });
  });
});
