// Classic Outlook on Windows runs launchevent.js in a JavaScript-only runtime that, before Version 2403,
// implements ECMAScript 2016 only: no async functions, no regular-expression lookbehind or named groups, no
// String#matchAll, no Object.entries, limited Intl. Microsoft: "The JavaScript code of event-based add-ins
// that run in Outlook on Windows only supports ECMAScript 2016 and earlier specifications"
// (https://learn.microsoft.com/office/dev/add-ins/outlook/troubleshoot-event-based-and-spam-reporting-add-ins).
// This file gives the tests that runtime: a parse check at ECMAScript 2016 (which refuses async functions,
// later syntax and later regular-expression features in literals) and a Node vm context from which every
// built-in added after ES2016 is deleted. Build-time tooling: never part of a bundle.
import { parse } from "acorn";
import { createContext, runInContext } from "node:vm";

export class Es2016SyntaxError extends Error {
  override readonly name = "Es2016SyntaxError";
}

/** Throws an Es2016SyntaxError naming the first construct that ECMAScript 2016 does not have. */
export function assertEs2016Syntax(source: string, filename = "launchevent.js"): void {
  try {
    parse(source, { ecmaVersion: 2016, sourceType: "script" });
  } catch (error) {
    throw new Es2016SyntaxError(`${filename} is not ECMAScript 2016: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// Run inside the new context, against its own built-ins (the host's stay untouched).
const STRIP_LATER_BUILT_INS = `
(function () {
  var removed = {
    Object: ["entries", "values", "getOwnPropertyDescriptors", "fromEntries", "hasOwn", "groupBy"],
    "String.prototype": ["padStart", "padEnd", "trimStart", "trimEnd", "matchAll", "replaceAll", "at", "isWellFormed", "toWellFormed"],
    "Array.prototype": ["flat", "flatMap", "at", "findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with"],
    "Promise.prototype": ["finally"],
    Promise: ["allSettled", "any", "withResolvers"],
    "Symbol.prototype": ["description"],
  };
  Object.keys(removed).forEach(function (path) {
    var target = path.split(".").reduce(function (value, key) { return value[key]; }, this);
    removed[path].forEach(function (name) { delete target[name]; });
  }, this);
  ["Intl", "globalThis", "BigInt", "WeakRef", "FinalizationRegistry", "AggregateError", "SharedArrayBuffer", "Atomics"].forEach(function (name) {
    delete this[name];
  }, this);
  // Regular expressions built at run time: refuse what ES2016 cannot compile (literals are parse-checked).
  var NativeRegExp = RegExp;
  var later = /\\(\\?<[=!]|\\(\\?<[A-Za-z]|\\\\[pP]\\{|\\\\k</;
  function Es2016RegExp(pattern, flags) {
    var source = pattern instanceof NativeRegExp ? pattern.source : String(pattern);
    var flagText = flags === undefined ? (pattern instanceof NativeRegExp ? pattern.flags : "") : String(flags);
    if (later.test(source) || /[sd]/.test(flagText)) throw new SyntaxError("Invalid regular expression for ECMAScript 2016: /" + source + "/" + flagText);
    return new NativeRegExp(pattern, flags);
  }
  Es2016RegExp.prototype = NativeRegExp.prototype;
  this.RegExp = Es2016RegExp;
}).call(this);
`;

/** Evaluates a bundle in a fresh context with nothing but ES2016 built-ins and the given Office object (no DOM, no timers). */
export function runInEs2016Runtime(bundleSource: string, office: unknown, filename = "launchevent.js"): void {
  const context = createContext({ Office: office });
  runInContext(STRIP_LATER_BUILT_INS, context, { filename: "es2016-runtime.js" });
  runInContext(bundleSource, context, { timeout: 5_000, filename });
}
