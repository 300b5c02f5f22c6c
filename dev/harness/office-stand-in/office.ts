// The Office.js stand-in: served where the add-in's pages load office.js from in a local build
// (HWC_OFFICE_JS_URL), and nowhere else. It gives the add-in the slice of `Office.*` it uses, with Office.js's
// own shapes (callbacks with AsyncResult, enums as strings), and forwards every call to the harness page that
// plays Outlook (window.parent) over postMessage. It is a classic script, so it has no import statements:
// the protocol's types are referenced with import() types inside the function, which leave nothing behind.

(() => {
  type ActionCompletion = import("../protocol").ActionCompletion;
  type HelloReply = import("../protocol").HelloReply;
  type HostMessage = import("../protocol").HostMessage;
  type StandInCall = import("../protocol").StandInCall;
  type Callback = (result: AsyncResultShape) => void;
  interface AsyncResultShape {
    status: "succeeded" | "failed";
    value: unknown;
    error?: { code: number; name: string; message: string };
    asyncContext: unknown;
    diagnostics?: unknown;
  }
  interface PendingCall {
    resolve: (value: unknown) => void;
    reject: (error: { code: number; name: string; message: string }) => void;
  }

  const host: Window | null = window.parent !== window ? window.parent : window.opener;
  const pending = new Map<number, PendingCall>();
  const actions = new Map<string, (event: unknown) => void>();
  const itemHandlers = new Map<string, Array<(payload: unknown) => void>>();
  let nextId = 1;

  function call(method: string, args: unknown = {}): Promise<unknown> {
    if (!host) {
      return Promise.reject({
        code: 5001,
        name: "Internal Error",
        message: "This page runs outside the Outlook harness: open it from https://localhost:3000/harness/.",
      });
    }
    const id = nextId++;
    const message: StandInCall = { hwc: "office-stand-in", id, method, args };
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      host.postMessage(message, window.location.origin);
    });
  }

  window.addEventListener("message", (event: MessageEvent<HostMessage>) => {
    if (event.source !== host || event.origin !== window.location.origin) return;
    const message = event.data;
    if (!message || message.hwc !== "office-host") return;
    if ("event" in message) {
      if (message.event === "invoke-action") invokeAction(message.name, message.invocation, message.eventType);
      else for (const handler of itemHandlers.get(message.eventType) ?? []) handler(message.payload);
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(message.error);
  });

  /** Office.js methods take (args…, options?, callback?): options may be left out and the callback put in its place. */
  function splitOptions(optionsOrCallback: unknown, maybeCallback: unknown): { options: Record<string, unknown>; callback?: Callback } {
    if (typeof optionsOrCallback === "function") return { options: {}, callback: optionsOrCallback as Callback };
    const options = (optionsOrCallback as Record<string, unknown> | undefined) ?? {};
    return { options, callback: typeof maybeCallback === "function" ? (maybeCallback as Callback) : undefined };
  }

  function complete(promise: Promise<unknown>, options: Record<string, unknown>, callback?: Callback, map = (v: unknown) => v): void {
    promise.then(
      (value) => callback?.({ status: "succeeded", value: map(value), asyncContext: options.asyncContext }),
      (error: { code: number; name: string; message: string }) =>
        callback?.({ status: "failed", value: undefined, error, asyncContext: options.asyncContext }),
    );
  }

  function asyncMethod(method: string, build: (...args: unknown[]) => unknown, arity: number, map?: (v: unknown) => unknown) {
    return (...all: unknown[]) => {
      const positional = all.slice(0, arity);
      const { options, callback } = splitOptions(all[arity], all[arity + 1]);
      complete(call(method, build(...positional, options)), options, callback, map);
    };
  }

  /** Dates cross postMessage as strings; Office.js gives Date objects. */
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  function recipientsField(field: "to" | "cc" | "bcc") {
    return {
      getAsync: asyncMethod("item.get", (o) => ({ field, options: o }), 0, copy),
      setAsync: asyncMethod("item.set", (value, o) => ({ field, value, options: o }), 1),
      addAsync: asyncMethod("item.add", (value, o) => ({ field, value, options: o }), 1),
    };
  }

  function notificationMessages() {
    return {
      addAsync: asyncMethod("notifications", (key, details) => ({ op: "add", key, details }), 2),
      replaceAsync: asyncMethod("notifications", (key, details) => ({ op: "replace", key, details }), 2),
      removeAsync: asyncMethod("notifications", (key) => ({ op: "remove", key }), 1),
      getAllAsync: asyncMethod("notifications", () => ({ op: "getAll" }), 0, copy),
    };
  }

  function addHandlerAsync(eventType: string, handler: (payload: unknown) => void, optionsOrCallback?: unknown, maybeCallback?: unknown): void {
    const { options, callback } = splitOptions(optionsOrCallback, maybeCallback);
    itemHandlers.set(eventType, [...(itemHandlers.get(eventType) ?? []), handler]);
    callback?.({ status: "succeeded", value: undefined, asyncContext: options.asyncContext });
  }

  function removeHandlerAsync(eventType: string, optionsOrCallback?: unknown, maybeCallback?: unknown): void {
    const { options, callback } = splitOptions(optionsOrCallback, maybeCallback);
    itemHandlers.delete(eventType);
    callback?.({ status: "succeeded", value: undefined, asyncContext: options.asyncContext });
  }

  function composeItem() {
    return {
      itemType: "message",
      to: recipientsField("to"),
      cc: recipientsField("cc"),
      bcc: recipientsField("bcc"),
      subject: {
        getAsync: asyncMethod("item.get", (o) => ({ field: "subject", options: o }), 0),
        setAsync: asyncMethod("item.set", (value, o) => ({ field: "subject", value, options: o }), 1),
      },
      body: {
        getAsync: asyncMethod("item.get", (coercionType, o) => ({ field: "body", coercionType, options: o }), 1),
        setAsync: asyncMethod("item.set", (value, o) => ({ field: "body", value, options: o }), 1),
        prependAsync: asyncMethod("item.body.prepend", (value, o) => ({ value, options: o }), 1),
        setSelectedDataAsync: asyncMethod("item.body.setSelectedData", (value, o) => ({ value, options: o }), 1),
        getTypeAsync: asyncMethod("item.get", (o) => ({ field: "bodyType", options: o }), 0),
      },
      from: { getAsync: asyncMethod("item.get", (o) => ({ field: "from", options: o }), 0, copy) },
      internetHeaders: {
        getAsync: asyncMethod("item.headers.get", (names) => ({ names }), 1, copy),
        setAsync: asyncMethod("item.headers.set", (headers) => ({ headers }), 1),
        removeAsync: asyncMethod("item.headers.remove", (names) => ({ names }), 1),
      },
      getAttachmentsAsync: asyncMethod("item.get", (o) => ({ field: "attachments", options: o }), 0, copy),
      addFileAttachmentFromBase64Async: asyncMethod("item.attachments.add", (base64, name, o) => ({ base64, name, options: o }), 2),
      removeAttachmentAsync: asyncMethod("item.attachments.remove", (id) => ({ id }), 1),
      disableClientSignatureAsync: asyncMethod("item.disableClientSignature", () => ({}), 0),
      getComposeTypeAsync: asyncMethod("item.get", () => ({ field: "composeType" }), 0, copy),
      saveAsync: asyncMethod("item.save", () => ({}), 0),
      notificationMessages: notificationMessages(),
      addHandlerAsync,
      removeHandlerAsync,
    };
  }

  function readItem(snapshot: Extract<HelloReply["item"], { mode: "read" }>) {
    const item: Record<string, unknown> = {
      itemType: "message",
      itemClass: "IPM.Note",
      itemId: snapshot.itemId,
      subject: snapshot.subject,
      normalizedSubject: snapshot.normalizedSubject,
      from: snapshot.from,
      sender: snapshot.sender,
      to: snapshot.to,
      cc: snapshot.cc,
      internetMessageId: snapshot.internetMessageId,
      conversationId: snapshot.conversationId,
      dateTimeCreated: new Date(snapshot.dateTimeCreated),
      attachments: snapshot.attachments,
      body: {
        getAsync: asyncMethod("item.get", (coercionType, o) => ({ field: "body", coercionType, options: o }), 1),
      },
      getAllInternetHeadersAsync: asyncMethod("item.get", () => ({ field: "allInternetHeaders" }), 0),
      getAttachmentsAsync: asyncMethod("item.get", () => ({ field: "attachments" }), 0, copy),
      notificationMessages: notificationMessages(),
      addHandlerAsync,
      removeHandlerAsync,
    };
    // As in Microsoft's sample: the call exists on every item and fails when the item is not in a shared
    // folder or mailbox (the host answers 9041 then).
    item.getSharedPropertiesAsync = asyncMethod("item.get", () => ({ field: "sharedProperties" }), 0, copy);
    return item;
  }

  /** The same conversion Outlook does between an EWS id and a REST id. */
  function convertToRestId(itemId: string): string {
    return itemId.replace(/\//g, "-").replace(/\+/g, "_");
  }
  function convertToEwsId(itemId: string): string {
    return itemId.replace(/-/g, "/").replace(/_/g, "+");
  }

  function invokeAction(name: string, invocation: number, eventType: string): void {
    const handler = actions.get(name);
    const event = {
      type: eventType,
      source: { id: name },
      completed(options?: { allowEvent?: boolean; errorMessage?: string }) {
        const completion: ActionCompletion = { invocation, allowEvent: options?.allowEvent, errorMessage: options?.errorMessage };
        void call("actions.completed", completion);
      },
    };
    if (!handler) {
      void call("actions.completed", { invocation, allowEvent: false, errorMessage: `No handler registered for ${name}.` });
      return;
    }
    try {
      handler(event);
    } catch (error) {
      // Outlook treats a handler that throws as one that never completed; the host's timeout decides.
      void call("actions.failed", { invocation, message: error instanceof Error ? error.message : String(error) });
    }
  }

  const readyWaiters: Array<(info: { host: string; platform: string }) => void> = [];
  let readyInfo: { host: string; platform: string } | null = null;

  const Office: Record<string, unknown> = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac", iOS: "iOS", Android: "Android" },
    EventType: {
      ItemChanged: "olkItemSelectedChanged",
      RecipientsChanged: "olkRecipientsChanged",
      AttachmentsChanged: "olkAttachmentsChanged",
      OfficeThemeChanged: "officeThemeChanged",
    },
    MailboxEnums: {
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
      ItemType: { Message: "message", Appointment: "appointment" },
      ItemNotificationMessageType: {
        ProgressIndicator: "progressIndicator",
        InformationalMessage: "informationalMessage",
        ErrorMessage: "errorMessage",
        InsightMessage: "insightMessage",
      },
      AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
      ComposeType: { NewMail: "newMail", Reply: "reply", Forward: "forward" },
      RecipientType: { User: "user", ExternalUser: "externalUser", DistributionList: "distributionList", Other: "other" },
      DelegatePermissions: { Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 },
    },
    actions: {
      associate(name: string, handler: (event: unknown) => void) {
        actions.set(name, handler);
        void call("actions.associated", { name });
      },
    },
    auth: {
      getAccessToken(options?: unknown): Promise<string> {
        return call("auth.getAccessToken", { options: options ?? {} }) as Promise<string>;
      },
    },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      return new Promise((resolve) => {
        const done = (info: { host: string; platform: string }) => {
          callback?.(info);
          resolve(info);
        };
        if (readyInfo) done(readyInfo);
        else readyWaiters.push(done);
      });
    },
    initialize: undefined,
    context: undefined,
  };
  (window as unknown as { Office: unknown }).Office = Office;

  /** Whether the host reports at least this Mailbox requirement set. */
  function mailboxAtLeast(hello: HelloReply, version: string): boolean {
    const [wantMajor = 0, wantMinor = 0] = version.split(".").map(Number);
    const [haveMajor = 0, haveMinor = 0] = (hello.requirementSets.mailbox ?? "0").split(".").map(Number);
    return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
  }

  // As strict as a client that lacks a requirement set: the members it adds are absent, not failing.
  const MEMBERS_BY_SET: ReadonlyArray<[string, string]> = [
    ["1.7", "from"],
    ["1.8", "internetHeaders"],
    ["1.8", "getAttachmentsAsync"],
    ["1.8", "getAllInternetHeadersAsync"],
    ["1.8", "getSharedPropertiesAsync"],
    ["1.10", "disableClientSignatureAsync"],
    ["1.10", "getComposeTypeAsync"],
  ];

  function buildContext(hello: HelloReply) {
    const item: Record<string, unknown> | null = hello.item === null ? null : hello.item.mode === "read" ? readItem(hello.item) : composeItem();
    if (item) {
      for (const [version, member] of MEMBERS_BY_SET) {
        // Read mode's `from` is a property of Mailbox 1.1; only compose mode's from.getAsync needs 1.7.
        if (member === "from" && hello.item?.mode === "read") continue;
        if (!mailboxAtLeast(hello, version)) delete item[member];
      }
    }
    return {
      host: "Outlook",
      platform: hello.platform,
      displayLanguage: hello.displayLanguage,
      contentLanguage: hello.displayLanguage,
      officeTheme: { ...hello.officeTheme, themeId: hello.officeTheme.isDarkTheme ? "dark" : "colorful" },
      diagnostics: { host: "Outlook", platform: hello.platform, version: "16.0.hwc-harness" },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const highest = hello.requirementSets[name.toLowerCase()];
          if (highest === undefined) return false;
          if (minVersion === undefined) return true;
          const [wantMajor = 0, wantMinor = 0] = String(minVersion).split(".").map(Number);
          const [haveMajor = 0, haveMinor = 0] = highest.split(".").map(Number);
          return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
        },
      },
      auth: {
        getAccessTokenAsync: asyncMethod("auth.getAccessToken", (o) => ({ options: o }), 0),
      },
      ui: {
        closeContainer() {
          void call("ui.closeContainer");
        },
      },
      mailbox: {
        item,
        userProfile: hello.userProfile,
        restUrl: hello.restUrl,
        diagnostics: { hostName: hello.hostName, hostVersion: "16.0.hwc-harness", OWAView: "ThreeColumns" },
        // Outlook on phones has neither (its itemId is already a REST id).
        convertToRestId: hello.mobile ? undefined : convertToRestId,
        convertToEwsId: hello.mobile ? undefined : convertToEwsId,
        displayNewMessageForm(parameters?: unknown) {
          void call("mailbox.displayNewMessageForm", { parameters: parameters ?? {} });
        },
        addHandlerAsync,
        removeHandlerAsync,
      },
    };
  }

  call("hello").then(
    (value) => {
      Office.context = buildContext(value as HelloReply);
      readyInfo = { host: "Outlook", platform: (value as HelloReply).platform };
      if (typeof Office.initialize === "function") (Office.initialize as (reason: string) => void)("inserted");
      for (const waiter of readyWaiters.splice(0)) waiter(readyInfo);
    },
    (error: { message: string }) => {
      document.title = error.message;
    },
  );
})();
