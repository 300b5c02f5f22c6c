// An Outlook mailbox for the adapter tests, built on office-addin-mock: a compose or read item whose state
// the test can inspect, requirement sets it can switch off, and calls it can make fail like Outlook does.
import { OfficeApp } from "office-addin-manifest";
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full import pulls an
// ES-module-only dependency that jest's CommonJS runtime cannot load on Node 20.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Outlook: "Outlook" } }));

type Callback<T> = (result: { status: string; value?: T; error?: { code: number; message: string } }) => void;

export interface OutlookState {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** The draft's body, in `bodyType` (HTML unless the draft is plain text). */
  htmlBody: string;
  bodyType: "html" | "text";
  from: string;
  attachments: { id: string; isInline: boolean }[];
  /** Attachment ids Outlook refuses to remove (inline images on some clients). */
  stuckAttachments: Set<string>;
  headers: Record<string, string>;
  signatureDisabled: boolean;
  /** Highest Mailbox requirement set the client supports, e.g. "1.13". */
  mailboxVersion: string;
  nestedAppAuth: boolean;
  /** Operation names that fail, e.g. "body.setAsync". */
  failing: Set<string>;
  /** Operation names that fail the first time only (a passing fault). */
  failingOnce: Set<string>;
  itemId: string;
  /** Read mode: the sender, every attachment (inline included) and the raw header block as Outlook gives them. */
  readFrom: string | undefined;
  readAttachments: { id: string; isInline: boolean }[];
  internetHeaderBlock: string;
  /** Office.context.platform and mailbox.diagnostics.hostName: "iOS"/"OutlookIOS" for a phone. */
  platform: string;
  hostName: string;
  sharedOwner: string | undefined;
  userAddress: string;
  displayLanguage: string;
  calls: string[];
  newMessageForms: number;
  associated: Map<string, (event: unknown) => void>;
}

export function outlookState(overrides: Partial<OutlookState> = {}): OutlookState {
  return {
    to: [],
    cc: [],
    bcc: [],
    subject: "",
    htmlBody: "<div>Met vriendelijke groet,</div><div>Marieke de Vries</div>",
    bodyType: "html",
    from: "handlewithcare@veiligthuisgv.example",
    attachments: [],
    stuckAttachments: new Set(),
    headers: {},
    signatureDisabled: false,
    mailboxVersion: "1.13",
    nestedAppAuth: false,
    failing: new Set(),
    failingOnce: new Set(),
    itemId: "AAMkAGI2TG93AAA=",
    readFrom: "handlewithcare@veiligthuisgv.example",
    readAttachments: [],
    internetHeaderBlock:
      "Received: from EUR05.prod.outlook.com\r\nAuthentication-Results: spf=pass (sender IP is 40.107.1.2)\r\n smtp.mailfrom=veiligthuisgv.example; dkim=pass (signature was verified)\r\n header.d=veiligthuisgv.example;dmarc=pass action=none header.from=veiligthuisgv.example;compauth=pass reason=100\r\nSubject: Handle with Care\r\n\r\n",
    platform: "OfficeOnline",
    hostName: "OutlookWebApp",
    sharedOwner: undefined,
    userAddress: "j.bakker@gooisescholen.example",
    displayLanguage: "nl-NL",
    calls: [],
    newMessageForms: 0,
    associated: new Map(),
    ...overrides,
  };
}

const versionAtLeast = (have: string, want: string) => {
  const [haveMajor = 0, haveMinor = 0] = have.split(".").map(Number);
  const [wantMajor = 0, wantMinor = 0] = want.split(".").map(Number);
  return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
};

export function installOutlook(state: OutlookState): void {
  function answer<T>(operation: string, callback: Callback<T>, value?: T, act?: () => void): void {
    state.calls.push(operation);
    if (state.failing.has(operation) || state.failingOnce.delete(operation)) {
      callback({ status: "failed", error: { code: 9002, message: `${operation} failed in the mock` } });
      return;
    }
    act?.();
    callback({ status: "succeeded", value });
  }
  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync: (callback: Callback<{ emailAddress: string }[]>) =>
      answer(`${field}.getAsync`, callback, state[field].map((emailAddress) => ({ emailAddress, displayName: emailAddress }))),
    setAsync: (addresses: string[], callback: Callback<void>) =>
      answer(`${field}.setAsync`, callback, undefined, () => {
        state[field] = [...addresses];
      }),
  });
  const item = {
    itemId: state.itemId,
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    subject: {
      getAsync: (callback: Callback<string>) => answer("subject.getAsync", callback, state.subject),
      setAsync: (text: string, callback: Callback<void>) => answer("subject.setAsync", callback, undefined, () => (state.subject = text)),
    },
    body: {
      getAsync: (coercion: string, callback: Callback<string>) =>
        answer(`body.getAsync:${coercion}`, callback, coercion === state.bodyType ? state.htmlBody : coercion === "html" ? `<html><body><pre>${state.htmlBody}</pre></body></html>` : state.htmlBody.replace(/<[^>]+>/g, "\n")),
      getTypeAsync: (callback: Callback<string>) => answer("body.getTypeAsync", callback, state.bodyType),
      setAsync: (content: string, options: { coercionType: string }, callback: Callback<void>) => {
        // As strict as the harness: HTML into a plain-text draft is refused (call getTypeAsync first).
        if (state.bodyType === "text" && options.coercionType === "html") state.failing.add("body.setAsync:html");
        answer(`body.setAsync:${options.coercionType}`, callback, undefined, () => (state.htmlBody = content));
      },
    },
    // Compose mode calls from.getAsync; read mode reads from.emailAddress.
    from: {
      getAsync: (callback: Callback<{ emailAddress: string }>) => answer("from.getAsync", callback, { emailAddress: state.from }),
      emailAddress: state.readFrom,
      displayName: state.readFrom,
    },
    getAttachmentsAsync: (callback: Callback<{ id: string; isInline: boolean }[]>) => answer("getAttachmentsAsync", callback, state.attachments.map((a) => ({ ...a }))),
    removeAttachmentAsync: (id: string, callback: Callback<void>) => {
      if (state.stuckAttachments.has(id)) state.failing.add(`removeAttachmentAsync:${id}`);
      answer(`removeAttachmentAsync:${id}`, callback, undefined, () => (state.attachments = state.attachments.filter((a) => a.id !== id)));
    },
    internetHeaders: {
      getAsync: (names: string[], callback: Callback<Record<string, string>>) =>
        answer("internetHeaders.getAsync", callback, Object.fromEntries(names.filter((name) => name in state.headers).map((name) => [name, state.headers[name] ?? ""]))),
      setAsync: (headers: Record<string, string>, callback: Callback<void>) =>
        answer("internetHeaders.setAsync", callback, undefined, () => Object.assign(state.headers, headers)),
      removeAsync: (names: string[], callback: Callback<void>) =>
        answer("internetHeaders.removeAsync", callback, undefined, () => names.forEach((name) => delete state.headers[name])),
    },
    disableClientSignatureAsync: (callback: Callback<void>) => answer("disableClientSignatureAsync", callback, undefined, () => (state.signatureDisabled = true)),
    attachments: state.readAttachments.map((attachment) => ({ ...attachment, name: "bijlage", attachmentType: "file", size: 10 })),
    getAllInternetHeadersAsync: (callback: Callback<string>) => answer("getAllInternetHeadersAsync", callback, state.internetHeaderBlock),
    getSharedPropertiesAsync: (callback: Callback<{ owner: string }>) => {
      if (state.sharedOwner === undefined) state.failing.add("getSharedPropertiesAsync");
      answer("getSharedPropertiesAsync", callback, { owner: state.sharedOwner ?? "" });
    },
  };
  const office = new OfficeMockObject(
    {
      CoercionType: { Html: "html", Text: "text" },
      MailboxEnums: { RestVersion: { v2_0: "v2.0" } },
      onReady: async () => ({ host: "Outlook", platform: "OfficeOnline" }),
      context: {
        displayLanguage: state.displayLanguage,
        platform: state.platform,
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "Mailbox" ? versionAtLeast(state.mailboxVersion, version) : name === "NestedAppAuth" ? state.nestedAppAuth : false,
        },
        mailbox: {
          item,
          userProfile: { emailAddress: state.userAddress },
          diagnostics: { hostName: state.hostName },
          convertToRestId: (itemId: string, version: string) => `rest(${version}):${itemId}`,
          displayNewMessageForm: () => {
            state.newMessageForms += 1;
          },
        },
      },
      actions: { associate: (name: string, handler: (event: unknown) => void) => state.associated.set(name, handler) },
      auth: { getAccessToken: async () => "office-sso-token" },
    },
    OfficeApp.Outlook,
  );
  Object.assign(globalThis, { Office: office });
}
