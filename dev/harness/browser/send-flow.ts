// Verzenden: first the add-in's OnMessageSend handler (SendMode="Block": a handler that fails to load or never
// completes also blocks), then — only when it allows — the stand-in's Graph creates and sends the message.
import type { SendRequest } from "../api-types";
import { runAction } from "./addin-frames";
import { showAlertDialog } from "./alert-dialog";
import type { ComposeSession } from "./compose-session";
import { addinUrl, runsSendGuard, type HarnessContext } from "./harness-context";
import { harnessApi } from "./harness-api";
import { t } from "./ui-text";

export type SendResult = "sent" | "blocked" | "failed";

export interface SendTimeouts {
  loadTimeoutInMs: number;
  completionTimeoutInMs: number;
}

export async function sendComposed(context: HarnessContext, session: ComposeSession, timeouts: SendTimeouts): Promise<SendResult> {
  // A client without Smart Alerts (Mailbox < 1.12, phones) never runs OnMessageSend: the message just goes.
  const sendEvent = runsSendGuard(context.client) ? context.session.surfaces.sendEvent : null;
  if (sendEvent) {
    context.announce(t("checking"));
    const outcome = await runAction(context.host, {
      url: addinUrl(sendEvent.runtimeUrl),
      functionName: sendEvent.functionName,
      role: "launchevent",
      eventType: "messageSend",
      item: session,
      ...timeouts,
    });
    const blockedBecause =
      outcome.kind === "not-loaded"
        ? t("guardNotLoaded")
        : outcome.kind === "timed-out"
          ? t("guardTimedOut")
          : outcome.allowEvent
            ? null
            : (outcome.errorMessage ?? t("blockedTitle"));
    if (blockedBecause !== null) {
      context.announce("");
      await showAlertDialog(t("blockedTitle"), blockedBecause);
      return "blocked";
    }
  }
  try {
    await harnessApi.send(toSendRequest(context.user.id, session, await session.outgoingBody()));
  } catch (error) {
    context.announce(t("sendFailed", { reason: error instanceof Error ? error.message : String(error) }), "error");
    return "failed";
  }
  context.announce(t("sent", { from: session.from.emailAddress }));
  return "sent";
}

function toSendRequest(as: string, session: ComposeSession, body: SendRequest["body"]): SendRequest {
  const address = (entry: { emailAddress: string; displayName: string }) => ({ address: entry.emailAddress, name: entry.displayName });
  return {
    as,
    from: session.from.emailAddress,
    to: session.recipients.to.map(address),
    cc: session.recipients.cc.map(address),
    bcc: session.recipients.bcc.map(address),
    subject: session.subject,
    body,
    internetHeaders: [...session.headers.values()],
    attachments: session.attachments.map((attachment) => ({
      name: attachment.name,
      contentType: attachment.contentType,
      contentBytes: attachment.contentBytes,
      isInline: attachment.isInline,
    })),
  };
}
