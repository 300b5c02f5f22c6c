// Evaluates a parsed $filter against one item, with Exchange's rules: strings compare case-insensitively,
// datetimes compare as instants.
import { badRequest, unknownProperty } from "./errors";
import type { FilterNode } from "./odata-filter";

type CompareOp = Extract<FilterNode, { kind: "compare" }>["op"];

export type PropertyReader = (path: string) => unknown;

function compare(op: CompareOp, actual: unknown, expected: string | number | boolean | null): boolean {
  if (op === "eq" || op === "ne") {
    const same =
      typeof actual === "string" && typeof expected === "string"
        ? actual.toLowerCase() === expected.toLowerCase() || sameInstant(actual, expected)
        : (actual ?? null) === expected;
    return op === "eq" ? same : !same;
  }
  const a = typeof actual === "string" ? Date.parse(actual) : Number(actual);
  const b = typeof expected === "string" ? Date.parse(expected) : Number(expected);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return op === "lt" ? a < b : op === "le" ? a <= b : op === "gt" ? a > b : a >= b;
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T/;
function sameInstant(a: string, b: string): boolean {
  return isoInstant.test(a) && isoInstant.test(b) && Date.parse(a) === Date.parse(b);
}

export function evaluateFilter(node: FilterNode, read: PropertyReader): boolean {
  switch (node.kind) {
    case "and":
      return evaluateFilter(node.left, read) && evaluateFilter(node.right, read);
    case "or":
      return evaluateFilter(node.left, read) || evaluateFilter(node.right, read);
    case "not":
      return !evaluateFilter(node.operand, read);
    case "truthy":
      return read(node.property) === true;
    case "startswith": {
      const value = read(node.property);
      return typeof value === "string" && value.toLowerCase().startsWith(node.value.toLowerCase());
    }
    case "compare": {
      if (node.left.kind === "property" && node.right.kind === "literal") return compare(node.op, read(node.left.path), node.right.value);
      if (node.right.kind === "property" && node.left.kind === "literal") return compare(node.op, read(node.right.path), node.left.value);
      throw badRequest("Invalid filter clause: compare a property with a literal.");
    }
    case "any": {
      const items = read(node.collection);
      if (!Array.isArray(items)) throw unknownProperty(node.collection);
      return items.some((item) =>
        evaluateFilter(node.predicate, (path) => {
          const prefix = `${node.variable}/`;
          if (!path.startsWith(prefix)) return read(path);
          return readPath(item, path.slice(prefix.length));
        }),
      );
    }
  }
}

export function readPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const segment of path.split("/")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
