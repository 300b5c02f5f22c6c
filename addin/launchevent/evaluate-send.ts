// The send guard's decision (covenant art. 2.1, Bijlage 1.3): a message that looks like a signal leaves only
// when it is exactly the signal, to exactly one selectable school (the one chosen in the pane), from the
// Veilig Thuis HwC mailbox.
// Anything else that is not signal-like is never blocked.
// Direct module imports keep this bundle free of the register's zod schema (it runs in classic Outlook's
// JavaScript-only runtime and must stay small).
import type { School } from "../../shared/register/school";
import { findSchoolByHwcAddress, isSchoolSelectable } from "../../shared/register/select-schools";
import { matchSignalTemplate } from "../../shared/signal/match-signal-template";
import type { SendSnapshot } from "./send-snapshot";
import { isSignalLike } from "./signal-like";

export type SendProblem =
  | "notTemplate"
  | "foreignContent"
  | "recipientCount"
  | "recipientNotSchool"
  | "notChosenSchool"
  | "schoolNotSelectable"
  | "ccOrBcc"
  | "attachments"
  | "wrongFrom";

export type SendDecision = { allow: true } | { allow: false; problems: SendProblem[] };

export interface EvaluateSendOptions {
  schools: readonly School[];
  senderAddress: string;
  /** Local calendar date, YYYY-MM-DD, for selectability and birth-date plausibility. */
  today: string;
}

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function evaluateSend(snapshot: SendSnapshot, options: EvaluateSendOptions): SendDecision {
  if (!isSignalLike(snapshot, options.schools)) return { allow: true };
  const problems: SendProblem[] = [];

  const match = matchSignalTemplate(snapshot.subject, { contentType: snapshot.bodyFormat ?? "html", content: snapshot.htmlBody }, { today: options.today });
  // The template reader refuses any markup beyond Outlook's own wrapping ("html-…" reasons: images, links,
  // tables, styles that fetch or add text); those get their own line so the caseworker knows to re-insert.
  if (!match.ok) problems.push(match.reason.startsWith("html-") ? "foreignContent" : "notTemplate");

  if (snapshot.to.length !== 1) {
    problems.push("recipientCount");
  } else if (snapshot.chosenSchool !== undefined && !sameAddress(snapshot.to[0] ?? "", snapshot.chosenSchool)) {
    // To was changed after the pane filled it in: another school's functionary would read the child's name.
    problems.push("notChosenSchool");
  } else {
    const school = findSchoolByHwcAddress(options.schools, snapshot.to[0] ?? "");
    if (!school) problems.push("recipientNotSchool");
    else if (!isSchoolSelectable(school, options.today)) problems.push("schoolNotSelectable");
  }
  if (snapshot.cc.length > 0 || snapshot.bcc.length > 0) problems.push("ccOrBcc");
  if (snapshot.attachments.length > 0) problems.push("attachments");
  if (snapshot.from === undefined || !sameAddress(snapshot.from, options.senderAddress)) problems.push("wrongFrom");

  return problems.length === 0 ? { allow: true } : { allow: false, problems };
}
