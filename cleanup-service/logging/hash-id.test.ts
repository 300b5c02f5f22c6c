import { createIdHasher } from "./hash-id";

test("the same id hashes the same under one key and differently under another, never revealing the id", () => {
  const a = createIdHasher("key-one-key-one-key-one-key-one-1");
  const b = createIdHasher("key-two-key-two-key-two-key-two-2");
  const id = "AAMkAGI2TG93AAA=";
  expect(a(id)).toBe(a(id));
  expect(a(id)).not.toBe(b(id));
  expect(a(id)).not.toContain(id);
  expect(a(id)).toHaveLength(16);
});
