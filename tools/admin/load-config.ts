// Reads and validates the admin's config file once, reporting every problem at once with its field name,
// Dutch first and English second, so the admin can fix the file in one pass.
import { readFile } from "node:fs/promises";
import type { z } from "zod";
import { hwcConfigSchema, type HwcConfig } from "./config-schema";
import { adminMessages, bilingual, type AdminMessages } from "./messages";

export type ConfigResult = { ok: true; config: HwcConfig } | { ok: false; message: string };

/** Fallback for schema parts without their own error code (objects, arrays, unknown keys). */
function defaultCode(issue: z.core.$ZodRawIssue): string {
  if (issue.code === "invalid_type") return issue.input === undefined ? "required" : "wrongType";
  if (issue.code === "unrecognized_keys") return "unknownField";
  return "invalidValue";
}

function describe(code: string, messages: AdminMessages): string {
  const [name, argument] = code.split(":");
  switch (name) {
    case "tooLong":
      return messages.tooLong(Number(argument));
    case "unknownField":
      return messages.unknownField(argument ?? "");
    case "required":
    case "wrongType":
    case "email":
    case "guid":
    case "text":
    case "typographicQuote":
    case "domain":
    case "retentionDays":
    case "calendarDate":
    case "atLeastOne":
    case "oneSection":
    case "duplicateAddress":
    case "outsideDomains":
    case "selfDelegate":
    case "probeIsHwcMailbox":
    case "scopeName":
    case "sizeLimitKb":
    case "ownDomainAsSchool":
      return messages[name];
    default:
      return messages.invalidValue;
  }
}

/** school.mailboxes[0].functionaries[1].userPrincipalName */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = "";
  for (const part of path) {
    if (typeof part === "number") name += `[${part}]`;
    else name += name === "" ? String(part) : `.${String(part)}`;
  }
  return name === "" ? "(config)" : name;
}

/** One line per problem: "  - field: Dutch / English". */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const field = fieldName([...issue.path, key]);
        lines.push(`  - ${field}: ${bilingual((messages) => describe(`unknownField:${key}`, messages))}`);
      }
      continue;
    }
    lines.push(`  - ${fieldName(issue.path)}: ${bilingual((messages) => describe(issue.message, messages))}`);
  }
  return lines;
}

export function parseConfig(input: unknown, file: string): ConfigResult {
  const result = hwcConfigSchema.safeParse(input, { error: defaultCode });
  if (result.success) return { ok: true, config: result.data };
  const header = `${adminMessages.nl.invalidConfig(file)}\n${adminMessages.en.invalidConfig(file)}`;
  return { ok: false, message: [header, ...formatIssues(result.error.issues)].join("\n") };
}

export async function loadConfig(file: string): Promise<ConfigResult> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch {
    return { ok: false, message: bilingual((messages) => messages.unreadableConfig(file)) };
  }
  let input: unknown;
  try {
    input = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: bilingual((messages) => messages.notJson(file)) };
  }
  return parseConfig(input, file);
}
