// $filter, $orderby, $top, $skip and @odata.nextLink for message collections, with Outlook's rules:
// page size 10 by default, $top up to 1000, and InefficientFilter when $orderby properties do not lead $filter.
// https://learn.microsoft.com/graph/api/user-list-messages
import { badRequest, GraphHttpError } from "./errors";
import { evaluateFilter } from "./odata-filter-evaluate";
import { filterProperties, parseFilter, type FilterNode } from "./odata-filter";
import { messageProperty, readMessagePath, type IdView } from "./message-json";
import type { Mailbox, StoredMessage } from "./model";

export interface Page<T> {
  items: T[];
  nextLink: string | null;
  /** Every item that matched, across pages: what `$count=true` reports as @odata.count. */
  total: number;
}

interface OrderTerm {
  path: string;
  descending: boolean;
}

function parseOrderBy(text: string | null): OrderTerm[] | null {
  if (!text) return null;
  return text.split(",").map((part) => {
    const [path = "", direction = "asc", ...extra] = part.trim().split(/\s+/);
    if (extra.length > 0 || !/^(asc|desc)$/i.test(direction)) throw badRequest(`Invalid $orderby clause '${part.trim()}'.`);
    messageProperty(path.split("/")[0] ?? "");
    return { path, descending: direction.toLowerCase() === "desc" };
  });
}

function integer(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw badRequest(`Invalid value '${raw}' for query option ${name}.`);
  return Number(raw);
}

export function pageSize(query: URLSearchParams): number {
  return Math.min(integer(query, "$top", 10), 1000);
}

/** Cuts one page out of an ordered list and writes the nextLink Graph would: the same URL with $skip advanced. */
export function paginate<T>(items: T[], query: URLSearchParams, requestUrl: string): Page<T> {
  const top = pageSize(query);
  const skip = integer(query, "$skip", 0);
  const page = items.slice(skip, skip + top);
  if (skip + top >= items.length) return { items: page, nextLink: null, total: items.length };
  const next = new URLSearchParams(query);
  next.set("$top", String(top));
  next.set("$skip", String(skip + top));
  return { items: page, nextLink: `${requestUrl}?${next.toString()}`, total: items.length };
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === "string" && typeof b === "string") return a.localeCompare(b);
  return Number(a) < Number(b) ? -1 : 1;
}

function hasOr(node: FilterNode): boolean {
  switch (node.kind) {
    case "or":
      return true;
    case "and":
      return hasOr(node.left) || hasOr(node.right);
    case "not":
      return hasOr(node.operand);
    case "any":
      return hasOr(node.predicate);
    default:
      return false;
  }
}

export interface MessageQueryOptions {
  /** The refuseOrFilters switch: Exchange may find a disjunction "too complex" (undocumented when). */
  refuseOr?: boolean;
}

export function queryMessages(all: StoredMessage[], mailbox: Mailbox, view: IdView, query: URLSearchParams, requestUrl: string, options: MessageQueryOptions = {}): Page<StoredMessage> {
  // Refused rather than ignored: ignoring $search would answer with every message, a dangerous kindness.
  for (const option of ["$search", "$skiptoken", "$deltatoken"]) {
    if (query.has(option)) throw badRequest(`The stand-in does not emulate ${option}. Use $filter, or extend dev/graph-emulator (see FIDELITY.md).`);
  }
  const filterText = query.get("$filter");
  const filter = filterText ? parseFilter(filterText) : null;
  if (filter && options.refuseOr && hasOr(filter)) {
    throw new GraphHttpError(400, "ErrorRestrictionTooComplex", "The restriction or sort order is too complex for this operation.");
  }
  const order = parseOrderBy(query.get("$orderby"));
  if (filter && order) {
    const leading = filterProperties(filter).map((p) => p.toLowerCase());
    const fits = order.every((term, i) => leading[i] === term.path.toLowerCase());
    if (!fits) throw new GraphHttpError(400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
  }
  // Unknown properties fail the request even when no message would be read.
  if (filter) for (const path of filterProperties(filter)) messageProperty(path.split("/")[0] ?? "");
  const read = (m: StoredMessage) => (path: string) => readMessagePath(m, mailbox, view, path);
  const selected = filter ? all.filter((m) => evaluateFilter(filter, read(m))) : [...all];
  const terms = order ?? [{ path: "receivedDateTime", descending: true }];
  selected.sort((x, y) => {
    for (const term of terms) {
      const c = compareValues(readMessagePath(x, mailbox, view, term.path), readMessagePath(y, mailbox, view, term.path));
      if (c !== 0) return term.descending ? -c : c;
    }
    return 0;
  });
  return paginate(selected, query, requestUrl);
}
