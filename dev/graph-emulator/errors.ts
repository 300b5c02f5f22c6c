// Graph's error envelope, as Outlook endpoints return it:
// { "error": { "code": "ErrorItemNotFound", "message": "...", "innerError": { "date": "...", "request-id": "...", "client-request-id": "..." } } }
// https://learn.microsoft.com/graph/errors

export class GraphHttpError extends Error {
  override readonly name = "GraphHttpError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function graphErrorBody(code: string, message: string, requestId: string, clientRequestId?: string) {
  return {
    error: {
      code,
      message,
      innerError: {
        date: new Date().toISOString().replace(/\.\d{3}Z$/, ""),
        "request-id": requestId,
        "client-request-id": clientRequestId ?? requestId,
      },
    },
  };
}

export const itemNotFound = () => new GraphHttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
/** Status not documented; 400 is what clients report seeing (office-js issue 1152). */
export const itemOfAnotherMailbox = () => new GraphHttpError(400, "ErrorInvalidMailboxItemId", "Item Id doesn't belong to the current mailbox.");
export const idMalformed = () => new GraphHttpError(400, "ErrorInvalidIdMalformed", "Id is malformed.");
export const accessDenied = () => new GraphHttpError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
export const invalidUser = (user: string) =>
  new GraphHttpError(404, "ErrorInvalidUser", `The requested user '${user}' is invalid.`);
export const badRequest = (message: string, code = "BadRequest") => new GraphHttpError(400, code, message);
export const unknownProperty = (name: string) =>
  new GraphHttpError(400, "RequestBroker--ParseUri", `Could not find a property named '${name}' on type 'microsoft.graph.message'.`);
export const noResource = (path: string) =>
  new GraphHttpError(400, "BadRequest", `Resource not found for the segment '${path}'.`);
