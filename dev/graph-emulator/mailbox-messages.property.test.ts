import fc from "fast-check";
import { demoSeed, DEMO } from "./demo-seed";
import { GraphHttpError } from "./errors";
import { wellKnownFolder } from "./mailbox-folders";
import { copyMessage, findMessage, messagesInStore, moveMessage, purge, softDelete } from "./mailbox-messages";
import { seedSchema } from "./seed";
import { loadSeed } from "./store";

// Random sequences of what clients do to items (move, DELETE, permanentDelete, copy) keep Exchange's id rules:
// immutable ids never change, a REST id changes exactly when the folder does, REST ids stay unique, purged items
// are gone for Graph, and `messages` never lists recoverable items.
type Operation = { kind: "move"; target: string; pick: number } | { kind: "delete" | "purge" | "copy"; pick: number };

const folders = ["inbox", "archive", "drafts", "sentitems", "deleteditems", "junkemail"];
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant("move" as const), target: fc.constantFrom(...folders), pick: fc.nat() }),
  fc.record({ kind: fc.constantFrom("delete" as const, "purge" as const, "copy" as const), pick: fc.nat() }),
);

function lookUp(mailbox: Parameters<typeof findMessage>[0], id: string) {
  try {
    return findMessage(mailbox, id);
  } catch (error) {
    if (error instanceof GraphHttpError && error.status === 404) return undefined;
    throw error;
  }
}

test("any sequence of moves, deletes, purges and copies keeps the id rules and hides purged items", () => {
  fc.assert(
    fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
      const store = loadSeed(seedSchema.parse(demoSeed));
      const mailbox = store.findMailbox(DEMO.school.regenboogMailbox);
      if (!mailbox) throw new Error("demo mailbox missing");
      const purged = new Set<string>();
      for (const op of operations) {
        const live = [...mailbox.messages.values()].filter((m) => !purged.has(m.immutableId));
        const message = live[op.pick % Math.max(1, live.length)];
        if (!message) break;
        const before = { rest: message.restId, folder: message.folderId };
        if (op.kind === "move") moveMessage(message, wellKnownFolder(mailbox, op.target).id);
        else if (op.kind === "delete") softDelete(mailbox, message);
        else if (op.kind === "copy") copyMessage(mailbox, message, wellKnownFolder(mailbox, "archive").id);
        else {
          purge(mailbox, message);
          purged.add(message.immutableId);
        }
        expect(message.restId !== before.rest).toBe(message.folderId !== before.folder);
        expect(lookUp(mailbox, message.immutableId)).toBe(purged.has(message.immutableId) ? undefined : message);
        if (message.restId !== before.rest) expect(lookUp(mailbox, before.rest)).toBeUndefined();
      }
      const all = [...mailbox.messages.values()];
      expect(new Set(all.map((m) => m.restId)).size).toBe(all.length);
      const hidden = new Set([wellKnownFolder(mailbox, "recoverableitemsdeletions").id, wellKnownFolder(mailbox, "recoverableitemspurges").id]);
      expect(messagesInStore(mailbox).some((m) => hidden.has(m.folderId) || purged.has(m.immutableId))).toBe(false);
    }),
    { numRuns: 150 },
  );
});
