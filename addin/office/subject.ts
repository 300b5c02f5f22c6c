import { composeItem, readItem } from "./mailbox-item";
import { officeAsync } from "./office-async";

export async function getComposeSubject(): Promise<string> {
  const subject = composeItem().subject;
  return officeAsync<string>("subject.getAsync", (done) => subject.getAsync(done));
}

export async function setComposeSubject(text: string): Promise<void> {
  const subject = composeItem().subject;
  await officeAsync<void>("subject.setAsync", (done) => subject.setAsync(text, done));
}

export function getReadSubject(): string {
  return readItem().subject;
}
