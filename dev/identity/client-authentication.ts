// Confidential client authentication at the token endpoint: a client secret, or a certificate client assertion
// (a JWT signed with the certificate's key: iss = sub = client id, aud = the token endpoint).
// https://learn.microsoft.com/entra/identity-platform/certificate-credentials
import { createPublicKey, timingSafeEqual } from "node:crypto";
import { errors, jwtVerify } from "jose";
import type { App } from "../graph-emulator/model";
import { invalidClient } from "./oauth-errors";

const assertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Returns azpacr: "1" for a secret, "2" for a certificate; throws Entra's invalid_client otherwise. */
export async function authenticateClient(app: App, form: URLSearchParams, tokenEndpoints: string[]): Promise<"1" | "2"> {
  const secret = form.get("client_secret");
  const assertion = form.get("client_assertion");
  if (secret !== null) {
    if (app.secret !== null && sameSecret(secret, app.secret)) return "1";
    throw invalidClient(
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`,
    );
  }
  if (assertion !== null) {
    if (form.get("client_assertion_type") !== assertionType) {
      throw invalidClient(7000219, `'client_assertion_type' must be '${assertionType}'.`);
    }
    if (!app.certificatePem) throw invalidClient(700027, `No certificate is registered for app '${app.clientId}'. Register its certificate in the seed (certificatePem).`);
    try {
      await jwtVerify(assertion, createPublicKey(app.certificatePem), {
        algorithms: ["RS256", "PS256"],
        issuer: app.clientId,
        subject: app.clientId,
        audience: tokenEndpoints,
        // Entra tolerates five minutes of clock skew in client assertions; msal rounds its nbf to the nearest second.
        clockTolerance: 300,
      });
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw invalidClient(700024, "Client assertion is not within its valid time range.");
      if (error instanceof errors.JWTClaimValidationFailed) throw invalidClient(700021, `Client assertion claim '${error.claim}' is invalid.`);
      throw invalidClient(700027, "Client assertion failed signature validation.");
    }
    return "2";
  }
  throw invalidClient(7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
}
