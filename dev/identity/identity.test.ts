import { ClientCertificateCredential, ClientSecretCredential, OnBehalfOfCredential } from "@azure/identity";
import { ConfidentialClientApplication } from "@azure/msal-node";
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { startStandIn, type StandIn } from "../stand-in";
import { DEMO, demoSeed } from "../graph-emulator/demo-seed";
import { graphClientFor } from "../testing/sdk-clients";
import { testCertificate, type TestCertificate } from "../testing/test-certificate";

const tenant = DEMO.school.tenantId;
let standIn: StandIn;
let certificate: TestCertificate;

beforeAll(async () => {
  certificate = testCertificate("CN=hwc-cleanup-api-test");
  standIn = await startStandIn();
});
afterAll(() => standIn.stop());
beforeEach(() =>
  standIn.control.reset({
    ...demoSeed,
    apps: (demoSeed.apps ?? []).map((a) =>
      a.clientId === DEMO.apps.sweep.clientId || a.clientId === DEMO.apps.cleanupApi.clientId ? { ...a, certificatePem: certificate.certificatePem } : a,
    ),
  }),
);

const knownAuthorities = () => [new URL(standIn.url).host];

function apiClient(): ConfidentialClientApplication {
  return new ConfidentialClientApplication({
    auth: {
      clientId: DEMO.apps.cleanupApi.clientId,
      authority: `${standIn.authorityHost}/${tenant}`,
      clientSecret: DEMO.apps.cleanupApi.secret,
      knownAuthorities: knownAuthorities(),
    },
  });
}

const functionaryToken = (options: { audience?: string; expiresInSeconds?: number } = {}) =>
  standIn.control.issueToken({
    tenant,
    user: DEMO.school.regenboogFunctionary.upn,
    app: DEMO.apps.addinSpa.clientId,
    scopes: ["access_as_user"],
    audience: options.audience ?? DEMO.apps.cleanupApi.clientId,
    expiresInSeconds: options.expiresInSeconds,
  });

test("msal-node client credentials with a secret gets an app-only Graph token with the app's roles", async () => {
  const sweep = new ConfidentialClientApplication({
    auth: { clientId: DEMO.apps.sweep.clientId, authority: `${standIn.authorityHost}/${tenant}`, clientSecret: DEMO.apps.sweep.secret, knownAuthorities: knownAuthorities() },
  });
  const result = await sweep.acquireTokenByClientCredential({ scopes: ["https://graph.microsoft.com/.default"] });
  const claims = decodeJwt(result?.accessToken ?? "");
  expect(claims).toMatchObject({ aud: "https://graph.microsoft.com", tid: tenant, azp: DEMO.apps.sweep.clientId, ver: "2.0", roles: ["Mail.ReadWrite", "Mail.Send"] });
  expect(claims.scp).toBeUndefined();
});

test("msal-node client credentials with a certificate assertion gets a token marked azpacr 2", async () => {
  const sweep = new ConfidentialClientApplication({
    auth: {
      clientId: DEMO.apps.sweep.clientId,
      authority: `${standIn.authorityHost}/${tenant}`,
      clientCertificate: { thumbprintSha256: certificate.thumbprintSha256, privateKey: certificate.privateKeyPem, x5c: certificate.certificatePem },
      knownAuthorities: knownAuthorities(),
    },
  });
  const result = await sweep.acquireTokenByClientCredential({ scopes: ["https://graph.microsoft.com/.default"] });
  expect(decodeJwt(result?.accessToken ?? "")).toMatchObject({ azp: DEMO.apps.sweep.clientId, azpacr: "2" });
});

test("a certificate assertion signed by another key is refused as invalid_client", async () => {
  const stranger = testCertificate("CN=stranger");
  const sweep = new ConfidentialClientApplication({
    auth: {
      clientId: DEMO.apps.sweep.clientId,
      authority: `${standIn.authorityHost}/${tenant}`,
      clientCertificate: { thumbprintSha256: stranger.thumbprintSha256, privateKey: stranger.privateKeyPem },
      knownAuthorities: knownAuthorities(),
    },
  });
  await expect(sweep.acquireTokenByClientCredential({ scopes: ["https://graph.microsoft.com/.default"] })).rejects.toMatchObject({ errorCode: "invalid_client" });
});

test("a wrong client secret is refused with AADSTS7000215", async () => {
  const sweep = new ConfidentialClientApplication({
    auth: { clientId: DEMO.apps.sweep.clientId, authority: `${standIn.authorityHost}/${tenant}`, clientSecret: "wrong", knownAuthorities: knownAuthorities() },
  });
  await expect(sweep.acquireTokenByClientCredential({ scopes: ["https://graph.microsoft.com/.default"] })).rejects.toMatchObject({
    errorCode: "invalid_client",
    errorMessage: expect.stringContaining("AADSTS7000215") as unknown,
  });
});

test("msal-node on-behalf-of turns the functionary's API token into a Graph token with the consented scopes", async () => {
  const result = await apiClient().acquireTokenOnBehalfOf({ oboAssertion: await functionaryToken(), scopes: ["https://graph.microsoft.com/.default"] });
  const claims = decodeJwt(result?.accessToken ?? "");
  expect(claims).toMatchObject({
    aud: "https://graph.microsoft.com",
    tid: tenant,
    oid: DEMO.school.regenboogFunctionary.id,
    upn: DEMO.school.regenboogFunctionary.upn,
    azp: DEMO.apps.cleanupApi.clientId,
    scp: "Mail.ReadWrite.Shared Mail.Send.Shared",
  });
  const graph = graphClientFor(standIn, async () => result?.accessToken ?? "");
  const page = (await graph.api(`/users/${DEMO.school.regenboogMailbox}/messages`).get()) as { value: unknown[] };
  expect(page.value.length).toBeGreaterThan(0);
});

test("on-behalf-of with a certificate client assertion works like with a secret", async () => {
  const api = new ConfidentialClientApplication({
    auth: {
      clientId: DEMO.apps.cleanupApi.clientId,
      authority: `${standIn.authorityHost}/${tenant}`,
      clientCertificate: { thumbprintSha256: certificate.thumbprintSha256, privateKey: certificate.privateKeyPem },
      knownAuthorities: knownAuthorities(),
    },
  });
  const result = await api.acquireTokenOnBehalfOf({ oboAssertion: await functionaryToken(), scopes: ["https://graph.microsoft.com/.default"] });
  expect(decodeJwt(result?.accessToken ?? "")).toMatchObject({ oid: DEMO.school.regenboogFunctionary.id, azpacr: "2", scp: "Mail.ReadWrite.Shared Mail.Send.Shared" });
});

test("on-behalf-of refuses an assertion addressed to another app", async () => {
  const forGraph = await functionaryToken({ audience: "https://graph.microsoft.com" });
  await expect(apiClient().acquireTokenOnBehalfOf({ oboAssertion: forGraph, scopes: ["https://graph.microsoft.com/.default"] })).rejects.toMatchObject({
    errorCode: "invalid_grant",
  });
});

test("on-behalf-of refuses an expired assertion with AADSTS500133", async () => {
  const expired = await functionaryToken({ expiresInSeconds: -60 });
  await expect(apiClient().acquireTokenOnBehalfOf({ oboAssertion: expired, scopes: ["https://graph.microsoft.com/.default"] })).rejects.toMatchObject({
    errorMessage: expect.stringContaining("AADSTS500133") as unknown,
  });
});

test("on-behalf-of refuses a Graph scope the API was not consented for", async () => {
  await expect(
    apiClient().acquireTokenOnBehalfOf({ oboAssertion: await functionaryToken(), scopes: ["https://graph.microsoft.com/Mail.ReadWrite"] }),
  ).rejects.toMatchObject({ errorMessage: expect.stringContaining("AADSTS65001") as unknown });
});

test("@azure/identity ClientSecretCredential obtains a Graph token from the stand-in", async () => {
  const credential = new ClientSecretCredential(tenant, DEMO.apps.sweep.clientId, DEMO.apps.sweep.secret, {
    authorityHost: standIn.authorityHost,
    disableInstanceDiscovery: true,
  });
  const token = await credential.getToken("https://graph.microsoft.com/.default");
  expect(decodeJwt(token.token)).toMatchObject({ azp: DEMO.apps.sweep.clientId, roles: ["Mail.ReadWrite", "Mail.Send"] });
  expect(token.expiresOnTimestamp).toBeGreaterThan(Date.now());
});

test("@azure/identity ClientCertificateCredential obtains a token with a certificate", async () => {
  const credential = new ClientCertificateCredential(
    tenant,
    DEMO.apps.sweep.clientId,
    { certificate: certificate.privateKeyPem + certificate.certificatePem },
    { authorityHost: standIn.authorityHost, disableInstanceDiscovery: true },
  );
  const token = await credential.getToken("https://graph.microsoft.com/.default");
  expect(decodeJwt(token.token)).toMatchObject({ azpacr: "2" });
});

test("@azure/identity OnBehalfOfCredential exchanges the functionary's token for a Graph token", async () => {
  // The options type of OnBehalfOfCredential omits disableInstanceDiscovery, but the credential honours it;
  // without it, it asks login.microsoftonline.com for instance metadata and hangs offline.
  const options = {
    tenantId: tenant,
    clientId: DEMO.apps.cleanupApi.clientId,
    clientSecret: DEMO.apps.cleanupApi.secret,
    userAssertionToken: await functionaryToken(),
    authorityHost: standIn.authorityHost,
    disableInstanceDiscovery: true,
  };
  const credential = new OnBehalfOfCredential(options);
  const token = await credential.getToken("https://graph.microsoft.com/.default");
  expect(decodeJwt(token.token)).toMatchObject({ upn: DEMO.school.regenboogFunctionary.upn, scp: "Mail.ReadWrite.Shared Mail.Send.Shared" });
});

test("jose validates stand-in tokens against the JWKS with issuer and audience", async () => {
  const token = await functionaryToken();
  const jwks = createRemoteJWKSet(new URL(`${standIn.url}/${tenant}/discovery/v2.0/keys`));
  const { payload, protectedHeader } = await jwtVerify(token, jwks, { issuer: `${standIn.url}/${tenant}/v2.0`, audience: DEMO.apps.cleanupApi.clientId });
  expect(protectedHeader).toMatchObject({ alg: "RS256" });
  expect(protectedHeader.kid).toEqual(expect.any(String));
  expect(payload).toMatchObject({ scp: "access_as_user", ver: "2.0" });
});

test("the same key set is published for common, organizations and any tenant", async () => {
  const sets = await Promise.all(
    ["common", "organizations", tenant].map((t) => fetch(`${standIn.url}/${t}/discovery/v2.0/keys`).then((r) => r.json() as Promise<{ keys: Array<{ kid: string }> }>)),
  );
  expect(new Set(sets.map((s) => JSON.stringify(s.keys.map((k) => k.kid)))).size).toBe(1);
});

test("after rotation new tokens carry a new kid, the previous key stays published, and a second rotation withdraws it", async () => {
  const before = await functionaryToken();
  await standIn.control.rotateKeys();
  const after = await functionaryToken();
  expect(decodeProtectedHeader(after).kid).not.toBe(decodeProtectedHeader(before).kid);
  const jwks = createRemoteJWKSet(new URL(`${standIn.url}/${tenant}/discovery/v2.0/keys`), { cooldownDuration: 0 });
  await expect(jwtVerify(before, jwks)).resolves.toBeDefined();
  await expect(jwtVerify(after, jwks)).resolves.toBeDefined();
  await standIn.control.rotateKeys();
  const fresh = createRemoteJWKSet(new URL(`${standIn.url}/${tenant}/discovery/v2.0/keys`));
  await expect(jwtVerify(before, fresh)).rejects.toThrow();
});

test("the OpenID configuration names the token endpoint and JWKS of the tenant", async () => {
  const config = (await fetch(`${standIn.url}/${tenant}/v2.0/.well-known/openid-configuration`).then((r) => r.json())) as Record<string, string>;
  expect(config).toMatchObject({
    issuer: `${standIn.url}/${tenant}/v2.0`,
    token_endpoint: `${standIn.url}/${tenant}/oauth2/v2.0/token`,
    jwks_uri: `${standIn.url}/${tenant}/discovery/v2.0/keys`,
  });
});
