import { OfficeCallError, officeAsync } from "./office-async";

test("resolves with the value of a succeeded call", async () => {
  await expect(officeAsync<string>("subject.getAsync", (done) => done({ status: "succeeded", value: "x" } as unknown as Office.AsyncResult<string>))).resolves.toBe("x");
});

test("rejects a failed call with Office's code and the operation, not the item's content", async () => {
  const failure = { status: "failed", value: "Fleur van Dijk", error: { code: 9041, message: "Not supported" } } as unknown as Office.AsyncResult<string>;
  const error = await officeAsync<string>("body.getAsync", (done) => done(failure)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(OfficeCallError);
  expect(error).toMatchObject({ code: 9041, operation: "body.getAsync" });
  expect(String((error as Error).message)).not.toContain("Fleur");
});
