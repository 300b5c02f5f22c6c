// The register's JSON Schema, for editors and for anyone validating config/school-register.json outside
// this code. Generated from the zod schema so the two cannot drift (a test compares the committed file).

import { z } from "zod";
import { schoolRegisterSchema } from "./school";

export function schoolRegisterJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(schoolRegisterSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  const items = schema.items as { properties: Record<string, Record<string, unknown>> };
  // zod cannot express "a real calendar date" in JSON Schema; the standard format says the same.
  items.properties.parentsInformedOn = { ...items.properties.parentsInformedOn, format: "date" };
  return { $id: "https://handlewithcare.example/schemas/school-register.schema.json", title: "Handle with Care school register", ...schema };
}
