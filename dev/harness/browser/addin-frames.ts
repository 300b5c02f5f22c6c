// Loads the add-in's real pages into frames, as Outlook on the web does: a task pane beside the item, and a
// hidden runtime for event handlers (OnMessageSend) and ExecuteFunction commands.
import type { FrameRole } from "../protocol";
import type { ItemHost, OfficeHost } from "./office-host";

export function openPaneFrame(host: OfficeHost, container: HTMLElement, options: { url: string; role: FrameRole; item: ItemHost; title: string; onClose: () => void }): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.className = "hwc-addin-frame";
  frame.title = options.title;
  frame.dataset.role = options.role;
  container.replaceChildren(frame);
  host.attach(frame, { role: options.role, item: options.item, onCloseContainer: options.onClose });
  frame.src = options.url;
  return frame;
}

export type ActionOutcome =
  | { kind: "completed"; allowEvent: boolean; errorMessage?: string }
  | { kind: "not-loaded" }
  | { kind: "timed-out" };

export interface RunActionOptions {
  url: string;
  functionName: string;
  role: FrameRole;
  eventType: string;
  item: ItemHost;
  /** How long the runtime may take to load and register the handler. */
  loadTimeoutInMs: number;
  /** How long the handler may take to call event.completed. */
  completionTimeoutInMs: number;
}

let nextInvocation = 1;

/** Loads the runtime page, waits for Office.actions.associate(functionName), invokes it, waits for completed. */
export function runAction(host: OfficeHost, options: RunActionOptions): Promise<ActionOutcome> {
  return new Promise((resolve) => {
    const frame = document.createElement("iframe");
    frame.hidden = true;
    frame.title = `runtime ${options.functionName}`;
    frame.dataset.role = options.role;
    const invocation = nextInvocation++;
    let timer = window.setTimeout(() => finish({ kind: "not-loaded" }), options.loadTimeoutInMs);
    const finish = (outcome: ActionOutcome) => {
      window.clearTimeout(timer);
      host.detach(frame);
      frame.remove();
      resolve(outcome);
    };
    document.body.append(frame);
    host.attach(frame, {
      role: options.role,
      item: options.item,
      onAssociated: (name) => {
        if (name !== options.functionName) return;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => finish({ kind: "timed-out" }), options.completionTimeoutInMs);
        host.invokeAction(frame, name, invocation, options.eventType);
      },
      onActionCompleted: (completion) => {
        if (completion.invocation !== invocation) return;
        finish({ kind: "completed", allowEvent: completion.allowEvent !== false, errorMessage: completion.errorMessage });
      },
    });
    frame.src = options.url;
  });
}
