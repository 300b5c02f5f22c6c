// The participating schools (covenant art. 4.1: kept by the project leader). Each row says where a signal
// for that school goes (`hwcAddress`, Bijlage 1.3), which holiday region sets its deadline, and from when
// it may be chosen: only after parents were informed (art. 3.2).

import { z } from "zod";
import { calendarDateParts } from "../dates/calendar-date";

export const schoolIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(64);
/** BRIN: 2 digits and 2 letters (or digits), optionally 2 digits of the vestiging: "12AB", "34CD01". */
export const brinSchema = z.string().regex(/^[0-9]{2}[A-Z0-9]{2}(?:[0-9]{2})?$/);
export const regionSchema = z.enum(["noord", "midden", "zuid"]);
export const registerDateSchema = z.string().refine((value) => calendarDateParts(value) !== undefined);

export const schoolSchema = z.strictObject({
  id: schoolIdSchema,
  name: z.string().trim().min(2).max(120),
  brin: brinSchema,
  place: z.string().trim().min(2).max(80),
  hwcAddress: z.email().transform((address) => address.toLowerCase()),
  region: regionSchema,
  parentsInformedOn: registerDateSchema,
  active: z.boolean(),
});

export const schoolRegisterSchema = z.array(schoolSchema);

export type School = z.infer<typeof schoolSchema>;
