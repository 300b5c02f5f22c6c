import fc from "fast-check";
import { evaluateFilter } from "./odata-filter-evaluate";
import { parseFilter, type FilterNode } from "./odata-filter";

// Any filter the generator builds, printed with full parentheses, parses back into a filter that selects the
// same items: the parser neither drops nor reorders conditions, and quotes survive.
type Item = { subject: string; conversationId: string; isDraft: boolean; receivedDateTime: string };

const text = fc.string({ maxLength: 6, unit: fc.constantFrom("a", "B", " ", "'", "(", ")", "é", "1", "-", ":") });
const instant = fc.integer({ min: 0, max: 10 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().replace(".000", ""));
const item: fc.Arbitrary<Item> = fc.record({ subject: text, conversationId: text, isDraft: fc.boolean(), receivedDateTime: instant });

const comparison: fc.Arbitrary<FilterNode> = fc.oneof(
  fc.record({ p: fc.constantFrom("subject", "conversationId"), op: fc.constantFrom("eq", "ne"), v: text }).map(({ p, op, v }) => ({
    kind: "compare" as const,
    op,
    left: { kind: "property" as const, path: p },
    right: { kind: "literal" as const, value: v },
  })),
  fc.record({ op: fc.constantFrom("eq", "ne"), v: fc.boolean() }).map(({ op, v }) => ({
    kind: "compare" as const,
    op,
    left: { kind: "property" as const, path: "isDraft" },
    right: { kind: "literal" as const, value: v },
  })),
  fc.record({ op: fc.constantFrom("lt", "le", "gt", "ge"), v: instant }).map(({ op, v }) => ({
    kind: "compare" as const,
    op,
    left: { kind: "property" as const, path: "receivedDateTime" },
    right: { kind: "literal" as const, value: v },
  })),
);

const filter: fc.Arbitrary<FilterNode> = fc.letrec<{ node: FilterNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    comparison,
    fc.record({ kind: fc.constantFrom("and" as const, "or" as const), left: tie("node"), right: tie("node") }),
    fc.record({ kind: fc.constant("not" as const), operand: tie("node") }),
  ),
})).node;

function print(node: FilterNode): string {
  switch (node.kind) {
    case "and":
    case "or":
      return `(${print(node.left)}) ${node.kind} (${print(node.right)})`;
    case "not":
      return `not (${print(node.operand)})`;
    case "compare": {
      const path = node.left.kind === "property" ? node.left.path : "";
      const value = node.right.kind === "literal" ? node.right.value : null;
      // Datetimes are unquoted in OData; other strings are quoted with '' for a quote.
      const literal = typeof value === "string" && path !== "receivedDateTime" ? `'${value.replace(/'/g, "''")}'` : String(value);
      return `${path} ${node.op} ${literal}`;
    }
    default:
      throw new Error(`the generator does not build ${node.kind}`);
  }
}

test("a printed filter parses back to one that selects the same items", () => {
  fc.assert(
    fc.property(filter, fc.array(item, { maxLength: 5 }), (node, items) => {
      const parsed = parseFilter(print(node));
      for (const it of items) {
        const read = (path: string) => it[path as keyof Item];
        expect(evaluateFilter(parsed, read)).toBe(evaluateFilter(node, read));
      }
    }),
    { numRuns: 300 },
  );
});
