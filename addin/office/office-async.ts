// Office.js reports through callbacks with an AsyncResult; the rest of the add-in wants promises.
// Errors keep Office's numeric code (e.g. 9041 "not supported") so callers can decide, and never the item's content.

export class OfficeCallError extends Error {
  override readonly name = "OfficeCallError";
  constructor(
    readonly operation: string,
    readonly code: number | undefined,
    officeMessage: string | undefined,
  ) {
    super(`Office call ${operation} failed${code === undefined ? "" : ` (code ${code})`}: ${officeMessage ?? "no details"}`);
  }
}

export function officeAsync<T>(operation: string, start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) => {
      // Compared by value ("failed") so the adapter does not need the Office enum object at run time.
      if (String(result.status) === "failed") {
        reject(new OfficeCallError(operation, result.error?.code, result.error?.message));
      } else {
        resolve(result.value);
      }
    });
  });
}
