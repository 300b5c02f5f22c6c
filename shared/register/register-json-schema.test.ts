import committed from "../../config/school-register.schema.json";
import { schoolRegisterJsonSchema } from "./register-json-schema";

test("config/school-register.schema.json is the schema generated from the zod register schema", () => {
  // On failure: regenerate with schoolRegisterJsonSchema() and commit the file.
  expect(committed).toEqual(schoolRegisterJsonSchema());
});

test("the JSON schema forbids unknown fields and requires every field", () => {
  const items = schoolRegisterJsonSchema().items as { required: string[]; additionalProperties: boolean };
  expect(items.additionalProperties).toBe(false);
  expect(items.required).toEqual(["id", "name", "brin", "place", "hwcAddress", "region", "parentsInformedOn", "active"]);
});
