// The subjects a Handle with Care item can carry: the signal's own ("Handle with Care"), our acknowledgement's
// ("RE: Handle with Care") and what Outlook in Dutch or English makes of a reply or forward by hand. The sweep
// and the report ask Graph for exactly these (Graph's $filter has `eq`, not a reliable `contains`); the
// recognizer and the conversation then decide.
const SIGNAL_SUBJECT = "Handle with Care";
const PREFIXES = ["", "RE: ", "Re: ", "Antw: ", "AW: ", "FW: ", "Fw: ", "Fwd: ", "Doorst: "];

export const HANDLE_WITH_CARE_SUBJECTS: readonly string[] = PREFIXES.map((prefix) => `${prefix}${SIGNAL_SUBJECT}`);
