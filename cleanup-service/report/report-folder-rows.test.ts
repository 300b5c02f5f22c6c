import { serviceMessages } from "../../shared/messages";
import { reportFolderRows } from "./report-folder-rows";

const folders = [
  { name: "recoverableitemsdeletions", itemCount: 0 },
  { name: "Projecten/2026", itemCount: 3 },
  { name: "Projecten", itemCount: 4 },
  { name: "sentitems", itemCount: 2 },
  { name: "inbox/Signalen", itemCount: 1 },
  { name: "deleteditems", itemCount: 0 },
  { name: "inbox", itemCount: 7 },
  { name: "junkemail", itemCount: 0 },
  { name: "drafts", itemCount: 0 },
  { name: "archive", itemCount: 0 },
  { name: "outbox", itemCount: 0 },
];

test("folders carry Outlook's Dutch names, in Outlook's order, custom folders beneath their parent, recoverable items last", () => {
  expect(reportFolderRows(folders, serviceMessages.nl.reportFolderName).map((row) => `${row.label} ${row.itemCount}`)).toEqual([
    "Postvak IN 7",
    "Postvak IN/Signalen 1",
    "Concepten 0",
    "Verzonden items 2",
    "Postvak UIT 0",
    "Verwijderde items 0",
    "Ongewenste e-mail 0",
    "Archief 0",
    "Projecten 4",
    "Projecten/2026 3",
    "Herstelbare items 0",
  ]);
});

test("English readers get Outlook's English names", () => {
  expect(reportFolderRows([{ name: "sentitems", itemCount: 1 }, { name: "inbox", itemCount: 1 }], serviceMessages.en.reportFolderName).map((row) => row.label)).toEqual([
    "Inbox",
    "Sent Items",
  ]);
});

test("a custom folder named like an object property is shown as named", () => {
  expect(reportFolderRows([{ name: "constructor", itemCount: 1 }], serviceMessages.nl.reportFolderName).map((row) => row.label)).toEqual(["constructor"]);
});
