// What every part of the running stand-in reads: its own base URL, the current store (replaced on reset) and
// the identity provider's signing keys.
import type { Store } from "./graph-emulator/store";
import type { SigningKeys } from "./identity/signing-keys";

export interface StandInState {
  /** https://127.0.0.1:PORT, no trailing slash. */
  baseUrl: string;
  store: Store;
  keys: SigningKeys;
  /** How long a sent item's Sent Items copy stays invisible to Graph; 0 = at once. Set through the control API. */
  sentCopyDelayMs: number;
  /** Refusals of undocumented capabilities, off by default; set through the control API (`/_emulator/switches`). */
  switches: StandInSwitches;
}

/**
 * What Microsoft 365 may refuse although the service relies on it, because no page documents it: each switch makes
 * the stand-in refuse that one thing, so the service's degraded path and `tenant-check` can be tested.
 */
export interface StandInSwitches {
  /** Delegated (on-behalf-of) access to another mailbox's recoverableitemsdeletions folder: 403 ErrorAccessDenied. */
  refuseDelegatedRecoverableItems: boolean;
  /** permanentDelete of an item in recoverableitemsdeletions: ErrorCannotDeleteObject. */
  refusePermanentDeleteInRecoverableItems: boolean;
  /** `or` in a message $filter: 400 ErrorRestrictionTooComplex. */
  refuseOrFilters: boolean;
  /** internetMessageHeaders in the message of createReply / createReplyAll / createForward: 400. */
  refuseHeadersOnResponses: boolean;
  /** For this long after a send, the Sent Items copy is visible but still in submission: changing it is refused. */
  sentCopyInSubmissionMs: number;
  /** On-behalf-of answers a Conditional Access claims challenge (invalid_grant with `claims`), `times` times or always. */
  oboClaimsChallenge: OboClaimsChallenge | null;
}

export interface OboClaimsChallenge {
  /** 50076 (MFA), 50079 (MFA enrolment), 50158 (external challenge), 53003 (blocked by Conditional Access). */
  aadsts: number;
  /** The claims JSON the client must send back. Default: an MFA (`acrs`) request. */
  claims: string;
  /** Entra adds "basic_action" and friends for some challenges; absent by default (the strictest for a client). */
  suberror?: string;
  /** How many token requests get the challenge; absent: every one. */
  times?: number;
}

export function defaultSwitches(): StandInSwitches {
  return {
    refuseDelegatedRecoverableItems: false,
    refusePermanentDeleteInRecoverableItems: false,
    refuseOrFilters: false,
    refuseHeadersOnResponses: false,
    sentCopyInSubmissionMs: 0,
    oboClaimsChallenge: null,
  };
}
