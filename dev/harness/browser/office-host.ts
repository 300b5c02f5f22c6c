// The host end of the Office.js stand-in: answers the calls each add-in frame makes, on behalf of the item that
// frame was opened on. Frames are told apart by their window, as Outlook tells its add-in frames apart; a
// message from any other window or origin is ignored.
import type { ActionCompletion, FrameRole, HelloReply, HostMessage, StandInCall } from "../protocol";

export class OfficeCallFailure extends Error {
  constructor(
    readonly code: number,
    readonly officeName: string,
    message: string,
  ) {
    super(message);
  }
}

/** Implemented by the compose and read sessions: the item behind `Office.context.mailbox.item`. */
export interface ItemHost {
  snapshot(): HelloReply["item"];
  handle(method: string, args: Record<string, unknown>): Promise<unknown>;
}

export interface FrameBinding {
  role: FrameRole;
  item: ItemHost | null;
  onAssociated?: (name: string) => void;
  onActionCompleted?: (completion: ActionCompletion) => void;
  onActionFailed?: (invocation: number, message: string) => void;
  onCloseContainer?: () => void;
}

export interface HostEnvironment {
  hello(): Omit<HelloReply, "item">;
  accessToken(): Promise<string>;
  openNewMessage(): void;
}

export class OfficeHost {
  private readonly frames = new Map<Window, FrameBinding>();

  constructor(private readonly environment: HostEnvironment) {
    window.addEventListener("message", (event: MessageEvent<StandInCall>) => void this.receive(event));
  }

  attach(frame: HTMLIFrameElement, binding: FrameBinding): void {
    if (!frame.contentWindow) throw new Error("Attach an add-in frame after it is in the document.");
    this.frames.set(frame.contentWindow, binding);
  }

  detach(frame: HTMLIFrameElement): void {
    if (frame.contentWindow) this.frames.delete(frame.contentWindow);
  }

  /** Runs an event-based or ExecuteFunction handler the frame registered with Office.actions.associate. */
  invokeAction(frame: HTMLIFrameElement, name: string, invocation: number, eventType: string): void {
    const message: HostMessage = { hwc: "office-host", event: "invoke-action", name, invocation, eventType };
    frame.contentWindow?.postMessage(message, window.location.origin);
  }

  private async receive(event: MessageEvent<StandInCall>): Promise<void> {
    if (event.origin !== window.location.origin || !event.source) return;
    const call = event.data;
    if (!call || call.hwc !== "office-stand-in") return;
    const source = event.source as Window;
    const binding = this.frames.get(source);
    if (!binding) return;
    let reply: HostMessage;
    try {
      const value = await this.dispatch(binding, call.method, (call.args ?? {}) as Record<string, unknown>);
      reply = { hwc: "office-host", id: call.id, ok: true, value: value ?? null };
    } catch (error) {
      const failure =
        error instanceof OfficeCallFailure ? error : new OfficeCallFailure(5001, "Internal Error", error instanceof Error ? error.message : String(error));
      reply = { hwc: "office-host", id: call.id, ok: false, error: { code: failure.code, name: failure.officeName, message: failure.message } };
    }
    source.postMessage(reply, window.location.origin);
  }

  private async dispatch(binding: FrameBinding, method: string, args: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "hello":
        return { ...this.environment.hello(), item: binding.item?.snapshot() ?? null } satisfies HelloReply;
      case "auth.getAccessToken":
        return this.environment.accessToken();
      case "mailbox.displayNewMessageForm":
        this.environment.openNewMessage();
        return null;
      case "actions.associated":
        binding.onAssociated?.(String(args.name));
        return null;
      case "actions.completed":
        binding.onActionCompleted?.(args as unknown as ActionCompletion);
        return null;
      case "actions.failed":
        binding.onActionFailed?.(Number(args.invocation), String(args.message));
        return null;
      case "ui.closeContainer":
        binding.onCloseContainer?.();
        return null;
      default:
        if (!binding.item) throw new OfficeCallFailure(5000, "Not supported", `${method} needs a mail item.`);
        return binding.item.handle(method, args);
    }
  }
}
