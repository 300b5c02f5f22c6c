// Entry of launchevent.js, the send guard bundle. Classic Outlook on Windows loads this file alone in a
// JavaScript-only runtime: no Office.onReady, no DOM, no further chunks. Other clients load it from commands.html.
import { amsterdamToday } from "../../shared/dates/amsterdam-time";
import { buildConfig } from "../config/build-config";
import { displayLanguage } from "../office/display-language";
import { associateHandler } from "../office/event-handlers";
import { onMessageSend } from "./on-message-send";
import { readSendEnvelope, readSendSnapshot } from "./read-send-snapshot";
import { SEND_HANDLER_NAME } from "./handler-name";

associateHandler(SEND_HANDLER_NAME, (event) => {
  void onMessageSend(event, {
    readEnvelope: readSendEnvelope,
    readSnapshot: readSendSnapshot,
    // "eager": in this same file, but evaluated only when a signal-like message is sent (see signal-like.ts).
    evaluate: async (snapshot, options) => (await import(/* webpackMode: "eager" */ "./evaluate-send")).evaluateSend(snapshot, options),
    schools: buildConfig.schools,
    senderAddress: buildConfig.senderAddress,
    today: () => amsterdamToday(),
    displayLanguage,
  });
});
