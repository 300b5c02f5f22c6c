// The parsed configuration: what the rest of the service receives. Raw environment strings stop at
// load-config.ts; past it, every value has been checked and has its unit in its name.

import type { TenantTolerance } from "../../shared";

export type Profile = "local" | "production";

export interface TrustedSender {
  /** The Veilig Thuis HwC address a signal must come from (lower case). */
  address: string;
  /** The registered address the acknowledgement goes to (never the message's Reply-To). */
  acknowledgeTo: string;
}

export interface HwcMailbox {
  /** The school's HwC (shared) mailbox, lower case. */
  address: string;
  /** Its directory object id (lower case): Graph URLs name the mailbox by it. */
  objectId: string;
  /** Entra object ids (`oid`) of the functionaries allowed to act on it. */
  functionaries: string[];
  trustedSenders: TrustedSender[];
  /** YYYY-MM-DD: when the admin confirmed purged items do not linger in recoverable items (mailboxes-file.ts). */
  purgeSettingsVerifiedOn?: string;
  /** Exactly what the school tenant's mail flow adds to external mail (subject tag, banner, disclaimer). */
  tolerance?: TenantTolerance;
}

export type ClientCredentialConfig =
  | { kind: "secret"; clientId: string; secret: string }
  | { kind: "certificate"; clientId: string; certificatePath: string }
  | { kind: "managed-identity"; clientId: string; managedIdentityClientId?: string };

export interface Config {
  profile: Profile;
  /** The tenant the service's apps are registered in (the school's tenant). */
  tenantId: string;
  /** Tenants whose user tokens are accepted (`tid`). */
  allowedTenantIds: string[];
  /** Entra (or the stand-in): https://login.microsoftonline.com in production. */
  authorityHost: string;
  /** Graph root including the version, e.g. https://graph.microsoft.com/v1.0. */
  graphBaseUrl: string;
  /** The resource the Graph scopes are named under, e.g. https://graph.microsoft.com. */
  graphResource: string;
  api: {
    /** The API's client id: the `aud` of accepted tokens, and the on-behalf-of client. */
    clientId: string;
    scope: string;
    /** App role that allows sweep and inspection report calls. */
    adminRole: string;
    credential: Exclude<ClientCredentialConfig, { kind: "managed-identity" }>;
    clockSkewInSeconds: number;
    /** Clients whose user tokens are accepted (`azp`): the add-in's own registration and Office's pre-authorised ones. */
    allowedClientIds: string[];
  };
  sweep: {
    credential: ClientCredentialConfig;
    /** Unset: unacknowledged signals are kept. Set: purged after this many hours, with a notice to Veilig Thuis. */
    expireUnacknowledgedAfterHours?: number;
    /** Mailboxes swept at the same time by sweepAll (each still has at most 4 Graph requests in flight). */
    parallelMailboxes: number;
    /** NCRONTAB for the Azure Functions timer. */
    schedule: string;
  };
  mailboxes: HwcMailbox[];
  http: { port: number; host: string; addinOrigin: string; tlsCertFile: string; tlsKeyFile: string };
  report: {
    signingKeyFile: string;
    generateSigningKey: boolean;
    /** Name custom folders in inspection reports (they may be named after a child); default: numbered. */
    showCustomFolderNames: boolean;
  };
  /** The secret of the keyed hash that marks the service's own messages (at least 32 characters). */
  markerKey: string;
  logging: { level: string; hashKey: string };
  graph: { timeoutInMs: number; maxRetries: number; retryDelayInSeconds: number; maxInFlightPerMailbox: number };
}
