// The naive way to acknowledge and delete a signal, written here only to be measured against: every call
// waits for the one before it. Read the signal; reply (createReply, PATCH, send); list every folder; page
// through every message of every folder; match the signal's conversation and internet message id on the
// client; permanently delete the matches one by one.
// It uses the same Graph SDK with its default middleware, and the product's page size (100) with a $select of
// the three fields it matches on: the only naive thing about it is the algorithm, which is what is compared.
import type { Client } from "@microsoft/microsoft-graph-client";

const PAGE_SIZE = 100;

interface Folder {
  id: string;
  childFolderCount?: number;
}

interface Page<T> {
  value: T[];
  "@odata.nextLink"?: string;
}

interface Listed {
  id: string;
  conversationId?: string;
  internetMessageId?: string;
}

export interface NaiveResult {
  deleted: number;
  pagesRead: number;
}

async function allPages<T>(client: Client, first: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let pages = 0;
  let next: string | undefined = first;
  while (next) {
    const page: Page<T> = await client.api(next).get();
    pages += 1;
    items.push(...page.value);
    next = page["@odata.nextLink"];
  }
  return { items, pages };
}

async function everyFolder(client: Client, root: string): Promise<{ folders: Folder[]; pages: number }> {
  const top = await allPages<Folder>(client, `${root}/mailFolders?$top=${PAGE_SIZE}&includeHiddenFolders=true`);
  const folders = [...top.items];
  let pages = top.pages;
  for (let index = 0; index < folders.length; index++) {
    const folder = folders[index] as Folder;
    if (!folder.childFolderCount) continue;
    const children = await allPages<Folder>(client, `${root}/mailFolders/${encodeURIComponent(folder.id)}/childFolders?$top=${PAGE_SIZE}`);
    pages += children.pages;
    folders.push(...children.items);
  }
  return { folders, pages };
}

export async function naiveAcknowledgeAndDelete(client: Client, mailbox: string, messageId: string, acknowledgement: { to: string; subject: string; html: string }): Promise<NaiveResult> {
  const root = `/users/${encodeURIComponent(mailbox)}`;
  const signal: Listed = await client.api(`${root}/messages/${encodeURIComponent(messageId)}`).select("id,conversationId,internetMessageId").get();

  const draft: { id: string } = await client.api(`${root}/messages/${encodeURIComponent(signal.id)}/createReply`).post({});
  await client.api(`${root}/messages/${encodeURIComponent(draft.id)}`).patch({
    subject: acknowledgement.subject,
    body: { contentType: "html", content: acknowledgement.html },
    toRecipients: [{ emailAddress: { address: acknowledgement.to } }],
  });
  await client.api(`${root}/messages/${encodeURIComponent(draft.id)}/send`).post({});

  const { folders, pages: folderPages } = await everyFolder(client, root);
  let pagesRead = folderPages;
  const matches: string[] = [];
  for (const folder of folders) {
    const listed = await allPages<Listed>(client, `${root}/mailFolders/${encodeURIComponent(folder.id)}/messages?$top=${PAGE_SIZE}&$select=id,conversationId,internetMessageId`);
    pagesRead += listed.pages;
    for (const item of listed.items) {
      if (item.conversationId === signal.conversationId || item.internetMessageId === signal.internetMessageId) matches.push(item.id);
    }
  }
  for (const id of matches) await client.api(`${root}/messages/${encodeURIComponent(id)}/permanentDelete`).post({});
  return { deleted: matches.length, pagesRead };
}
