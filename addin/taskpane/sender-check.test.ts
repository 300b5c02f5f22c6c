import { installOutlook, outlookState } from "../test-fixtures/outlook-mock";
import { checkSender } from "./sender-check";

const VEILIG_THUIS = "handlewithcare@veiligthuisgv.example";

test("the Veilig Thuis HwC mailbox as From is accepted, whatever its case", async () => {
  installOutlook(outlookState({ from: "HandleWithCare@veiligthuisgv.example" }));
  expect(await checkSender(VEILIG_THUIS)).toBe("ok");
});

test("the caseworker's own address as From is reported as wrong", async () => {
  installOutlook(outlookState({ from: "m.devries@veiligthuisgv.example" }));
  expect(await checkSender(VEILIG_THUIS)).toBe("wrong");
});

test("a client without Mailbox 1.7 cannot tell", async () => {
  installOutlook(outlookState({ mailboxVersion: "1.6" }));
  expect(await checkSender(VEILIG_THUIS)).toBe("unknown");
});
