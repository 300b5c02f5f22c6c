// Loads the register and reports every invalid row at once, with 1-based row numbers and stable codes
// (`domainMessages[locale][code]` has the words), so the project leader fixes the file in one pass.

import type { z } from "zod";
import { schoolSchema, type School } from "./school";

export interface RegisterError {
  /** 1-based position in the list; 0 when the whole document is wrong. */
  readonly row: number;
  readonly field: string;
  readonly code: string;
}

export type ParseSchoolRegisterResult = { ok: true; value: School[] } | { ok: false; errors: RegisterError[] };

const FIELD_CODES: Record<string, string> = {
  id: "register-id-format",
  name: "register-name-invalid",
  brin: "register-brin-format",
  place: "register-place-invalid",
  hwcAddress: "register-email-format",
  region: "register-region-unknown",
  parentsInformedOn: "register-date-invalid",
  active: "register-active-invalid",
};

function rowErrors(row: number, value: unknown, issues: readonly z.core.$ZodIssue[]): RegisterError[] {
  const errors: RegisterError[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) errors.push({ row, field: key, code: "register-unknown-field" });
      continue;
    }
    const field = String(issue.path[0] ?? "");
    const present = typeof value === "object" && value !== null && field in value && (value as Record<string, unknown>)[field] !== undefined;
    if (field === "") errors.push({ row, field, code: "register-invalid-type" });
    else if (!present) errors.push({ row, field, code: "register-required" });
    else errors.push({ row, field, code: FIELD_CODES[field] ?? "register-invalid-type" });
  }
  return errors;
}

function duplicateErrors(schools: readonly { row: number; school: School }[]): RegisterError[] {
  const errors: RegisterError[] = [];
  for (const field of ["id", "hwcAddress", "brin"] as const) {
    const seen = new Set<string>();
    for (const { row, school } of schools) {
      const key = school[field].toLowerCase();
      if (seen.has(key)) errors.push({ row, field, code: "register-duplicate" });
      seen.add(key);
    }
  }
  return errors;
}

export function parseSchoolRegister(json: unknown): ParseSchoolRegisterResult {
  if (!Array.isArray(json)) return { ok: false, errors: [{ row: 0, field: "", code: "register-not-a-list" }] };
  const errors: RegisterError[] = [];
  const schools: { row: number; school: School }[] = [];
  json.forEach((value: unknown, index) => {
    const parsed = schoolSchema.safeParse(value);
    if (parsed.success) schools.push({ row: index + 1, school: parsed.data });
    else errors.push(...rowErrors(index + 1, value, parsed.error.issues));
  });
  errors.push(...duplicateErrors(schools));
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  return { ok: true, value: schools.map(({ school }) => school) };
}
