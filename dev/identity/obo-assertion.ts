// The on-behalf-of assertion: the user's token for the middle-tier API. It must be signed by this identity
// provider, unexpired, a delegated (user) token, and addressed to the app that presents it.
import { errors, jwtVerify } from "jose";
import type { App, User } from "../graph-emulator/model";
import type { StandInState } from "../stand-in-state";
import { issuerFor } from "./access-tokens";
import { invalidGrant, invalidRequest } from "./oauth-errors";

export async function verifyOboAssertion(state: StandInState, app: App, assertion: string | null): Promise<User> {
  if (!assertion) throw invalidRequest(900144, "The request body must contain the following parameter: 'assertion'.");
  let payload;
  try {
    ({ payload } = await jwtVerify(assertion, state.keys.resolver(), { algorithms: ["RS256"], clockTolerance: 5 }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw invalidGrant(500133, "Assertion is not within its valid time range. Ensure the user's token is current and request a new one.");
    if (error instanceof errors.JWTClaimValidationFailed) throw invalidGrant(500133, `Assertion claim '${error.claim}' is not valid yet or any more.`);
    throw invalidGrant(50013, "Assertion failed signature validation. The user's token was not issued by this identity provider or its key was withdrawn.");
  }
  const tid = typeof payload.tid === "string" ? payload.tid : "";
  if (payload.iss !== issuerFor(state.baseUrl, tid)) throw invalidGrant(50013, "Assertion issuer does not match its tenant.");
  const audience = typeof payload.aud === "string" ? payload.aud.toLowerCase() : "";
  if (audience !== app.clientId && audience !== `api://${app.clientId}`) {
    throw invalidGrant(50013, "Assertion audience does not match the Client app presenting the assertion. Send the token the user obtained for this API.");
  }
  if (typeof payload.scp !== "string") throw invalidGrant(50013, "The assertion is an app-only token; on-behalf-of needs a user's delegated token.");
  const user = state.store.findUser(typeof payload.oid === "string" ? payload.oid : "");
  if (!user || user.tenant !== tid) throw invalidGrant(50034, "The user account in the assertion does not exist in its tenant.");
  return user;
}
