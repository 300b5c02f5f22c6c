// The identity provider's RS256 signing keys. Rotation makes a new key current and keeps the previous one
// published for a while, as Entra's key rollover does, so tokens already issued stay valid and clients that
// cache the JWKS must refetch it when they meet an unknown `kid`.
// https://learn.microsoft.com/entra/identity-platform/signing-key-rollover
import { createHash, generateKeyPairSync, type KeyObject } from "node:crypto";
import { createLocalJWKSet, type JWK } from "jose";

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: JWK;
}

function newSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = publicKey.export({ format: "jwk" }) as JWK;
  const kid = createHash("sha1").update(jwk.n ?? "").digest("base64url");
  return { kid, privateKey, publicJwk: { kty: "RSA", use: "sig", kid, x5t: kid, n: jwk.n, e: jwk.e, alg: "RS256" } };
}

export class SigningKeys {
  private keys: SigningKey[] = [newSigningKey()];

  get current(): SigningKey {
    const key = this.keys[0];
    if (!key) throw new Error("no signing key");
    return key;
  }

  /** New current key; the previous one stays in the JWKS, older ones are withdrawn. */
  rotate(): void {
    this.keys = [newSigningKey(), this.current];
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.keys.map((k) => ({ ...k.publicJwk })) };
  }

  /** A jose key resolver over the published keys, for the emulator's own token checks. */
  resolver() {
    return createLocalJWKSet(this.jwks());
  }
}
