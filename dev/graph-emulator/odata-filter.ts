// A parser and evaluator for the part of OData $filter that Outlook's Graph endpoints support for messages:
// eq ne lt le gt ge, and or not, parentheses, startswith(), and any() over recipient collections.
// Evaluation lives in odata-filter-evaluate.ts.
// https://learn.microsoft.com/graph/filter-query-parameter
import { badRequest } from "./errors";

export type FilterNode =
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; operand: FilterNode }
  | { kind: "compare"; op: CompareOp; left: Operand; right: Operand }
  | { kind: "startswith"; property: string; value: string }
  | { kind: "any"; collection: string; variable: string; predicate: FilterNode }
  | { kind: "truthy"; property: string };

type CompareOp = "eq" | "ne" | "lt" | "le" | "gt" | "ge";
export type Operand = { kind: "property"; path: string } | { kind: "literal"; value: string | number | boolean | null };

interface Token {
  type: "name" | "string" | "number" | "datetime" | "op" | "(" | ")" | "," | ":";
  text: string;
}

const compareOps = new Set(["eq", "ne", "lt", "le", "gt", "ge"]);

function invalid(detail: string): never {
  throw badRequest(`Invalid filter clause: ${detail}`);
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input.charAt(i);
    if (c === " ") {
      i++;
    } else if (c === "(" || c === ")" || c === "," || c === ":") {
      tokens.push({ type: c, text: c });
      i++;
    } else if (c === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= input.length) invalid("unterminated string literal.");
        if (input.charAt(i) === "'") {
          if (input.charAt(i + 1) === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += input.charAt(i++);
      }
      tokens.push({ type: "string", text: value });
    } else {
      const match = /^[A-Za-z0-9_./:+-]+/.exec(input.slice(i));
      if (!match) invalid(`unexpected character '${c}'.`);
      let text = match[0];
      // A name may not swallow the ':' of a lambda (r: r/...); datetimes keep theirs.
      const isDate = /^\d{4}-\d{2}-\d{2}T/.test(text);
      if (!isDate && text.includes(":")) text = text.slice(0, text.indexOf(":"));
      i += text.length;
      if (isDate) tokens.push({ type: "datetime", text });
      else if (/^-?\d+(\.\d+)?$/.test(text)) tokens.push({ type: "number", text });
      else if (compareOps.has(text) || text === "and" || text === "or" || text === "not") tokens.push({ type: "op", text });
      else tokens.push({ type: "name", text });
    }
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    if (this.tokens.length === 0) invalid("the expression is empty.");
    const node = this.or();
    if (this.position < this.tokens.length) invalid(`unexpected '${this.tokens[this.position]?.text}'.`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }
  private next(): Token {
    const token = this.tokens[this.position++];
    if (!token) invalid("the expression ends too early.");
    return token;
  }
  private expect(type: Token["type"]): Token {
    const token = this.next();
    if (token.type !== type) invalid(`expected '${type}' but found '${token.text}'.`);
    return token;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.peek()?.type === "op" && this.peek()?.text === "or") {
      this.next();
      left = { kind: "or", left, right: this.and() };
    }
    return left;
  }
  private and(): FilterNode {
    let left = this.unary();
    while (this.peek()?.type === "op" && this.peek()?.text === "and") {
      this.next();
      left = { kind: "and", left, right: this.unary() };
    }
    return left;
  }
  private unary(): FilterNode {
    const token = this.peek();
    if (token?.type === "op" && token.text === "not") {
      this.next();
      return { kind: "not", operand: this.unary() };
    }
    if (token?.type === "(") {
      this.next();
      const inner = this.or();
      this.expect(")");
      return inner;
    }
    return this.comparison();
  }
  private comparison(): FilterNode {
    const token = this.next();
    if (token.type === "name" && token.text.toLowerCase() === "startswith" && this.peek()?.type === "(") {
      this.next();
      const property = this.expect("name").text;
      this.expect(",");
      const value = this.expect("string").text;
      this.expect(")");
      return { kind: "startswith", property, value };
    }
    if (token.type === "name" && /\/any$/i.test(token.text) && this.peek()?.type === "(") {
      this.next();
      const variable = this.expect("name").text;
      this.expect(":");
      const predicate = this.or();
      this.expect(")");
      return { kind: "any", collection: token.text.replace(/\/any$/i, ""), variable, predicate };
    }
    const left = this.operand(token);
    const op = this.peek();
    if (!op || op.type !== "op" || !compareOps.has(op.text)) {
      if (left.kind === "property") return { kind: "truthy", property: left.path };
      invalid(`a literal needs a comparison operator.`);
    }
    this.next();
    return { kind: "compare", op: op.text as CompareOp, left, right: this.operand(this.next()) };
  }
  private operand(token: Token): Operand {
    switch (token.type) {
      case "string":
      case "datetime":
        return { kind: "literal", value: token.text };
      case "number":
        return { kind: "literal", value: Number(token.text) };
      case "name":
        if (token.text === "true" || token.text === "false") return { kind: "literal", value: token.text === "true" };
        if (token.text === "null") return { kind: "literal", value: null };
        return { kind: "property", path: token.text };
      default:
        invalid(`unexpected '${token.text}'.`);
    }
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(tokenize(text.trim())).parse();
}

/** The properties a filter names, left to right: the InefficientFilter rule compares $orderby with these. */
export function filterProperties(node: FilterNode): string[] {
  switch (node.kind) {
    case "and":
    case "or":
      return [...filterProperties(node.left), ...filterProperties(node.right)];
    case "not":
      return filterProperties(node.operand);
    case "compare":
      return [node.left, node.right].flatMap((o) => (o.kind === "property" ? [o.path] : []));
    case "startswith":
    case "truthy":
      return [node.property];
    case "any":
      return [node.collection];
  }
}
