// EmulatorControl: the in-process twin of the HTTP control API (/_emulator/…). Tests call it directly;
// the HTTP routes call the same methods.
import { demoSeed } from "../graph-emulator/demo-seed";
import type { Faults, FaultRule } from "../graph-emulator/faults";
import type { RequestLog, RequestLogEntry } from "../graph-emulator/request-log";
import { seedSchema, type Seed } from "../graph-emulator/seed";
import { loadSeed } from "../graph-emulator/store";
import type { Throttle } from "../graph-emulator/throttle";
import { z } from "zod";
import { defaultSwitches, type StandInState, type StandInSwitches } from "../stand-in-state";
import { dumpMailbox, type MailboxDump } from "./mailbox-dump";
import { mailboxTag, newImmutableId, newRestId } from "../graph-emulator/ids";
import { wellKnownFolder } from "../graph-emulator/mailbox-folders";
import { findMessage } from "../graph-emulator/mailbox-messages";
import { issueTestToken, type TokenRequest } from "./test-tokens";

export type SeedChoice = Seed | "demo" | "empty";

export interface MoveToMailbox {
  /** Mailbox the item is in (address, id or UPN). */
  from: string;
  /** Its REST or immutable id. */
  messageId: string;
  /** The mailbox it goes to. */
  to: string;
  folder: "sentitems" | "deleteditems";
}

export interface EmulatorControl {
  /** Replaces every mailbox with the seed (default: the demo seed) and clears faults, latency, the sent copy delay, throttle counters and the request log. */
  reset(seed?: SeedChoice): Promise<void>;
  dump(address: string): Promise<MailboxDump>;
  issueToken(request: TokenRequest): Promise<string>;
  /** Replaces the fault rules: one rule, an array, or { rules }. */
  setFaults(rules: FaultRule | FaultRule[] | { rules: FaultRule[] }): Promise<void>;
  clearFaults(): Promise<void>;
  setLatency(ms: number): Promise<void>;
  /** Makes a sent message's Sent Items copy invisible to Graph for `ms` after the send, as Exchange may. Default 0. */
  setSentCopyDelay(ms: number): Promise<void>;
  /**
   * Turns refusals of undocumented capabilities on or off (see StandInSwitches): the given keys change, the others
   * stay. Cleared by reset.
   */
  setSwitches(switches: Partial<StandInSwitches>): Promise<void>;
  switches(): Promise<StandInSwitches>;
  /**
   * What a delegate's Outlook does with her own copy (classic Outlook's default for a shared mailbox): the item
   * leaves `from` and lands in `to`'s well-known folder, conversation and Internet message id kept, new ids.
   * Returns the new immutable id. The harness uses it for replies, forwards and deletes made by hand.
   */
  moveToMailbox(request: MoveToMailbox): Promise<string>;
  requests(): Promise<RequestLogEntry[]>;
  clearRequests(): Promise<void>;
  /** A new signing key; the previous one stays published in the JWKS. */
  rotateKeys(): Promise<void>;
}

const switchesSchema = z
  .object({
    refuseDelegatedRecoverableItems: z.boolean(),
    refusePermanentDeleteInRecoverableItems: z.boolean(),
    refuseOrFilters: z.boolean(),
    refuseHeadersOnResponses: z.boolean(),
    sentCopyInSubmissionMs: z.number().int().nonnegative(),
    oboClaimsChallenge: z
      .object({
        aadsts: z.number().int().default(50076),
        claims: z.string().default('{"access_token":{"acrs":{"essential":true,"value":"c1"}}}'),
        suberror: z.string().optional(),
        times: z.number().int().positive().optional(),
      })
      .nullable(),
  })
  .partial()
  .strict();

export function seedFor(choice: SeedChoice | undefined) {
  if (choice === undefined || choice === "demo") return seedSchema.parse(demoSeed);
  if (choice === "empty") return seedSchema.parse({});
  return seedSchema.parse(choice);
}

export interface ControlTargets {
  state: StandInState;
  faults: Faults;
  log: RequestLog;
  throttle: Throttle;
  latency: { ms: number };
}

export class UnknownMailboxError extends Error {
  override readonly name = "UnknownMailboxError";
}

export function createEmulatorControl(t: ControlTargets): EmulatorControl {
  return {
    async reset(seed) {
      t.state.store = loadSeed(seedFor(seed));
      t.faults.clear();
      t.log.clear();
      t.throttle.clear();
      t.latency.ms = 0;
      t.state.sentCopyDelayMs = 0;
      t.state.switches = defaultSwitches();
    },
    async dump(address) {
      const mailbox = t.state.store.findMailbox(address);
      if (!mailbox) throw new UnknownMailboxError(`no mailbox '${address}' in the current seed; check the address or reset with a seed that has it`);
      return dumpMailbox(mailbox);
    },
    issueToken: (request) => issueTestToken(t.state, request),
    async setFaults(rules) {
      t.faults.set(rules);
    },
    async clearFaults() {
      t.faults.clear();
    },
    async setLatency(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error("latency must be a number of milliseconds, 0 or more");
      t.latency.ms = ms;
    },
    async setSentCopyDelay(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error("the sent copy delay must be a number of milliseconds, 0 or more");
      t.state.sentCopyDelayMs = ms;
    },
    async setSwitches(switches) {
      t.state.switches = { ...t.state.switches, ...switchesSchema.parse(switches) };
    },
    switches: async () => structuredClone(t.state.switches),
    async moveToMailbox(request) {
      const from = t.state.store.findMailbox(request.from);
      const to = t.state.store.findMailbox(request.to);
      if (!from || !to) throw new UnknownMailboxError(`no mailbox '${from ? request.to : request.from}' in the current seed`);
      const message = findMessage(from, request.messageId);
      from.messages.delete(message.immutableId);
      const moved = { ...message, immutableId: newImmutableId(mailboxTag(to.id)), restId: newRestId(mailboxTag(to.id)), folderId: wellKnownFolder(to, request.folder).id, extendedProperties: {} };
      to.messages.set(moved.immutableId, moved);
      return moved.immutableId;
    },
    requests: async () => t.log.all(),
    async clearRequests() {
      t.log.clear();
    },
    async rotateKeys() {
      t.state.keys.rotate();
    },
  };
}
