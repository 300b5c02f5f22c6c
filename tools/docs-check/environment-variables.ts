// Finds the environment variables a source file reads, so the docs check can demand each is documented.
// Syntax-based (the TypeScript parser, no type checker, so it stays fast), and deliberately generous:
//   process.env.X, process.env["X"], env.X / r.env.X / env["X"] (any object named env),
//   const { X, Y = "d" } = process.env,
//   any "HWC_…" string literal (names passed to a helper such as required(r, "HWC_TENANT_ID")),
//   templates such as `${prefix}_CLIENT_ID` when `prefix` is declared with literal values
//   (prefix: "HWC_API" | "HWC_SWEEP", const prefix = "HWC_API", for (const p of ["A", "B"])).
// A template it cannot resolve is returned as a pattern, so at least one documented name must match it.
import ts from "typescript";

export type EnvironmentReads = { names: Set<string>; unresolvedPatterns: RegExp[] };

const variableName = /^[A-Z][A-Z0-9_]*$/;
const projectName = /^HWC_[A-Z0-9_]+$/;

function isEnvObject(node: ts.Expression): boolean {
  if (ts.isPropertyAccessExpression(node)) return node.name.text === "env";
  if (ts.isIdentifier(node)) return node.text === "env";
  return false;
}

/** The literal values a name may hold, from its declarations in enclosing scopes; undefined when unknown. */
function literalValuesOf(identifier: ts.Identifier): string[] | undefined {
  for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    const found = findDeclarationValues(scope, identifier.text);
    if (found) return found;
  }
  return undefined;
}

function literalsOfType(type: ts.TypeNode | undefined): string[] | undefined {
  if (!type) return undefined;
  if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [type.literal.text];
  if (ts.isUnionTypeNode(type)) {
    const values = type.types.map((member) => literalsOfType(member));
    return values.every((value) => value !== undefined) ? values.flat() as string[] : undefined;
  }
  return undefined;
}

function literalsOfExpression(expression: ts.Expression | undefined): string[] | undefined {
  if (!expression) return undefined;
  if (ts.isStringLiteralLike(expression)) return [expression.text];
  if (ts.isArrayLiteralExpression(expression)) {
    const values = expression.elements.map((element) => (ts.isStringLiteralLike(element) ? element.text : undefined));
    return values.every((value) => value !== undefined) ? (values as string[]) : undefined;
  }
  if (ts.isAsExpression(expression) || ts.isParenthesizedExpression(expression)) return literalsOfExpression(expression.expression);
  return undefined;
}

function findDeclarationValues(scope: ts.Node, name: string): string[] | undefined {
  if (ts.isFunctionLike(scope)) {
    for (const parameter of scope.parameters) {
      if (ts.isIdentifier(parameter.name) && parameter.name.text === name) return literalsOfType(parameter.type) ?? literalsOfExpression(parameter.initializer);
    }
  }
  if (ts.isForOfStatement(scope) && ts.isVariableDeclarationList(scope.initializer)) {
    const [declaration] = scope.initializer.declarations;
    if (declaration && ts.isIdentifier(declaration.name) && declaration.name.text === name) return literalsOfExpression(scope.expression);
  }
  if (ts.isBlock(scope) || ts.isSourceFile(scope)) {
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
          return literalsOfType(declaration.type) ?? literalsOfExpression(declaration.initializer);
        }
      }
    }
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every string a template may produce, or a pattern when a span is unknown. */
function expandTemplate(template: ts.TemplateExpression): { values: string[] } | { pattern: RegExp } {
  let values = [template.head.text];
  let pattern = escapeRegExp(template.head.text);
  let resolved = true;
  for (const span of template.templateSpans) {
    const options = ts.isIdentifier(span.expression) ? literalValuesOf(span.expression) : literalsOfExpression(span.expression);
    pattern += `[A-Z0-9_]*${escapeRegExp(span.literal.text)}`;
    if (!options) resolved = false;
    else values = values.flatMap((prefix) => options.map((option) => prefix + option + span.literal.text));
  }
  return resolved ? { values } : { pattern: new RegExp(`^${pattern}$`) };
}

/** A template that builds a variable name: `HWC_${x}_URL`, `${prefix}_CLIENT_ID`, or any template used as the key
 * of an env read. Other upper-case templates (ids, codes) are not names. */
function looksLikeVariableTemplate(template: ts.TemplateExpression): boolean {
  const fixed = [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
  if (!fixed.every((part) => /^[A-Z0-9_]*$/.test(part))) return false;
  const parent = template.parent;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === template && isEnvObject(parent.expression)) return true;
  if (template.head.text.startsWith("HWC_")) return true;
  return template.head.text === "" && /^_[A-Z0-9_]+$/.test(template.templateSpans[0]?.literal.text ?? "");
}

export function environmentReads(fileName: string, source: string): EnvironmentReads {
  const kind = /\.(m|c)?js$/.test(fileName) ? ts.ScriptKind.JS : fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const direct = new Set<string>();
  const literals = new Set<string>();
  const unresolvedPatterns: RegExp[] = [];

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && isEnvObject(node.expression) && variableName.test(node.name.text)) direct.add(node.name.text);
    if (ts.isElementAccessExpression(node) && isEnvObject(node.expression)) {
      const argument = node.argumentExpression;
      if (ts.isStringLiteralLike(argument) && variableName.test(argument.text)) direct.add(argument.text);
    }
    if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer && isEnvObject(node.initializer)) {
      for (const element of node.name.elements) {
        const key = element.propertyName ?? element.name;
        if (ts.isIdentifier(key) && variableName.test(key.text)) direct.add(key.text);
      }
    }
    if (ts.isStringLiteralLike(node) && projectName.test(node.text)) literals.add(node.text);
    if (ts.isTemplateExpression(node) && looksLikeVariableTemplate(node)) {
      const expanded = expandTemplate(node);
      if ("values" in expanded) for (const value of expanded.values) if (projectName.test(value)) literals.add(value);
      if ("pattern" in expanded) unresolvedPatterns.push(expanded.pattern);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  // A literal such as "HWC_API", passed as the prefix of `${prefix}_CLIENT_ID`, is not itself a variable: drop a
  // literal that only prefixes other names (a name read directly from env is always kept).
  const names = new Set(direct);
  for (const literal of literals) {
    const onlyAPrefix = [...literals].some((other) => other.startsWith(`${literal}_`));
    if (!onlyAPrefix) names.add(literal);
  }
  return { names, unresolvedPatterns };
}
