/** @jest-environment jsdom */
import { ComposeSession } from "./compose-session";

const veiligThuis = { emailAddress: "handlewithcare@veiligthuisgv.example", displayName: "Veilig Thuis Handle with Care" };
const caseworker = { emailAddress: "m.devries@veiligthuisgv.example", displayName: "Marieke de Vries" };
const signature = (from: { displayName: string }) => `<div id="Signature">${from.displayName}</div>`;

function session() {
  return new ComposeSession(caseworker, signature);
}

test("a new message starts with the sender's signature, as Outlook inserts it", async () => {
  expect(await session().handle("item.get", { field: "body", coercionType: "html" })).toContain("Marieke de Vries");
});

test("body.setAsync with Html coercion is read back exactly as set", async () => {
  const item = session();
  await item.handle("item.set", { field: "body", value: "<div>a</div><div>b</div>", options: { coercionType: "html" } });
  expect(await item.handle("item.get", { field: "body", coercionType: "html" })).toBe("<div>a</div><div>b</div>");
  expect(await item.handle("item.get", { field: "body", coercionType: "text" })).toBe("a\nb");
});

test("body.setAsync without a coercion type inserts text, escaped, with line breaks", async () => {
  const item = session();
  await item.handle("item.set", { field: "body", value: "<b>x</b>\ny", options: {} });
  expect(item.bodyHtml).toBe("<div>&lt;b&gt;x&lt;/b&gt;<br>y</div>");
});

test("a subject longer than 255 characters is refused as Outlook refuses it", async () => {
  await expect(session().handle("item.set", { field: "subject", value: "x".repeat(256), options: {} })).rejects.toMatchObject({ officeName: "DataExceedsMaximumSize" });
});

test("choosing another From adds that account's signature unless the add-in disabled the client signature", async () => {
  const item = session();
  item.chooseFrom(veiligThuis);
  expect(item.bodyHtml).toContain("Veilig Thuis Handle with Care");
  const guarded = session();
  await guarded.handle("item.set", { field: "body", value: "<div>signal</div>", options: { coercionType: "html" } });
  await guarded.handle("item.disableClientSignature", {});
  guarded.chooseFrom(veiligThuis);
  expect(guarded.bodyHtml).toBe("<div>signal</div>");
});

test("recipients set by an add-in replace the field and come back with their addresses", async () => {
  const item = session();
  await item.handle("item.set", { field: "to", value: ["hwc.deregenboog@gooisescholen.example"], options: {} });
  await item.handle("item.set", { field: "cc", value: [], options: {} });
  expect(await item.handle("item.get", { field: "to" })).toEqual([expect.objectContaining({ emailAddress: "hwc.deregenboog@gooisescholen.example" })]);
  expect(await item.handle("item.get", { field: "cc" })).toEqual([]);
});

test("internet headers are found whatever the case of the name asked for", async () => {
  const item = session();
  await item.handle("item.headers.set", { headers: { "x-handle-with-care": "1" } });
  expect(await item.handle("item.headers.get", { names: ["X-Handle-With-Care"] })).toEqual({ "x-handle-with-care": "1" });
});

test("attachments added in the form are listed for the add-in without their content, and can be removed once", async () => {
  const item = session();
  const id = item.attachFile("verslag.txt", "text/plain", "dmVyc2xhZw==");
  expect(await item.handle("item.get", { field: "attachments" })).toEqual([expect.not.objectContaining({ contentBytes: expect.anything() })]);
  await item.handle("item.attachments.remove", { id });
  await expect(item.handle("item.attachments.remove", { id })).rejects.toMatchObject({ officeName: "InvalidAttachmentId" });
});

test("a notification longer than 150 characters or a sixth one is refused, as Outlook refuses them", async () => {
  const item = session();
  const add = (key: string, message: string) => item.handle("notifications", { op: "add", key, details: { type: "informationalMessage", message } });
  await expect(add("long", "x".repeat(151))).rejects.toMatchObject({ officeName: "MessageTooLong" });
  for (const key of ["a", "b", "c", "d", "e"]) await add(key, "ok");
  await expect(add("f", "ok")).rejects.toMatchObject({ officeName: "NumberOfNotificationMessagesExceeded" });
});

test("a client body shapes what body.getAsync(Html) returns, from the lines the body shows", async () => {
  const clientBody = jest.fn(async (lines: string[]) => `<html><body>${lines.map((line) => `<p class=MsoNormal>${line}</p>`).join("")}</body></html>`);
  const item = new ComposeSession(caseworker, signature, { clientBody });
  await item.handle("item.set", { field: "body", value: "<div>a</div><div>b</div>", options: { coercionType: "html" } });
  expect(await item.handle("item.get", { field: "body", coercionType: "html" })).toBe("<html><body><p class=MsoNormal>a</p><p class=MsoNormal>b</p></body></html>");
  expect(clientBody).toHaveBeenCalledWith(["a", "b"]);
  expect(await item.outgoingBody()).toEqual({ contentType: "html", content: "<html><body><p class=MsoNormal>a</p><p class=MsoNormal>b</p></body></html>" });
});

test("a plain-text draft reports its type, refuses HTML and keeps the text as text", async () => {
  const item = new ComposeSession(caseworker, () => "", { format: "text" });
  expect(await item.handle("item.get", { field: "bodyType" })).toBe("text");
  await expect(item.handle("item.set", { field: "body", value: "<div>x</div>", options: { coercionType: "html" } })).rejects.toMatchObject({ officeName: "InvalidFormatError" });
  await item.handle("item.set", { field: "body", value: "Zoë van Dijk\n12-03-2015\nHandle with Care", options: { coercionType: "text" } });
  expect(await item.outgoingBody()).toEqual({ contentType: "text", content: "Zoë van Dijk\n12-03-2015\nHandle with Care" });
});

test("the test control makes the body read back exactly as a client would have written it", async () => {
  const item = session();
  item.outlookBodyOverride = "<html><head><title>x</title></head><body></body></html>";
  expect(await item.handle("item.get", { field: "body", coercionType: "html" })).toBe("<html><head><title>x</title></head><body></body></html>");
});
