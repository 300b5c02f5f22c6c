import { composeItem, readItem } from "./mailbox-item";
import { officeAsync } from "./office-async";

export interface MailBody {
  contentType: "html" | "text";
  content: string;
}

function coercion(contentType: MailBody["contentType"]): Office.CoercionType {
  return contentType === "html" ? Office.CoercionType.Html : Office.CoercionType.Text;
}

/** Replaces the whole body, the client's signature block included. */
export async function setComposeBody(body: MailBody): Promise<void> {
  const target = composeItem().body;
  await officeAsync<void>("body.setAsync", (done) => target.setAsync(body.content, { coercionType: coercion(body.contentType) }, done));
}

export async function getComposeBody(contentType: MailBody["contentType"]): Promise<MailBody> {
  const source = composeItem().body;
  const content = await officeAsync<string>("body.getAsync", (done) => source.getAsync(coercion(contentType), done));
  return { contentType, content };
}

/** The draft's own format (Mailbox 1.1): a plain-text draft must get a plain-text body. */
export async function getComposeBodyType(): Promise<MailBody["contentType"]> {
  const source = composeItem().body;
  const type = await officeAsync<Office.CoercionType>("body.getTypeAsync", (done) => source.getTypeAsync(done));
  return String(type).toLowerCase() === "text" ? "text" : "html";
}

export async function getReadBody(contentType: MailBody["contentType"]): Promise<MailBody> {
  const source = readItem().body;
  const content = await officeAsync<string>("body.getAsync", (done) => source.getAsync(coercion(contentType), done));
  return { contentType, content };
}
