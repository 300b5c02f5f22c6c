import { ConfigError, loadConfig } from "./load-config";

const standIn = { HWC_PROFILE: "local", HWC_STANDIN_URL: "https://127.0.0.1:4443" };

test("the local profile fills the demo tenant's values and derives Graph and the authority from the stand-in URL", () => {
  const config = loadConfig(standIn);
  expect(config.authorityHost).toBe("https://127.0.0.1:4443");
  expect(config.graphBaseUrl).toBe("https://127.0.0.1:4443/v1.0");
  expect(config.api.clientId).toBe("c1ea0000-0000-4000-8000-00000000a001");
  expect(config.http.port).toBe(7071);
  expect(config.http.addinOrigin).toBe("https://localhost:3000");
  expect(config.mailboxes.map((m) => m.address)).toEqual(["hwc.deregenboog@gooisescholen.example", "hwc.hetkompas@gooisescholen.example"]);
  expect(config.mailboxes[0]?.trustedSenders[0]?.acknowledgeTo).toBe("handlewithcare@veiligthuisgv.example");
  expect(config.sweep.expireUnacknowledgedAfterHours).toBeUndefined();
});

test("production without settings reports every missing variable at once", () => {
  let error: unknown;
  try {
    loadConfig({ HWC_PROFILE: "production" });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const problems = (error as ConfigError).problems.join("\n");
  for (const name of ["HWC_TENANT_ID", "HWC_API_CLIENT_ID", "HWC_SWEEP_CLIENT_ID", "HWC_MAILBOXES_FILE", "HWC_LOG_HASH_KEY", "HWC_REPORT_SIGNING_KEY_FILE"]) {
    expect(problems).toContain(name);
  }
  expect(problems).not.toContain("HWC_TLS");
});

test("loading needs no TLS files (Azure Functions and the CLI serve no HTTPS); the HTTPS server refuses to start without them, naming both", async () => {
  const { startCleanupServer } = await import("../http/server");
  const config = loadConfig(standIn);
  const withoutTls = { ...config, http: { ...config.http, tlsCertFile: "", tlsKeyFile: "" } };
  await expect(startCleanupServer({ config: withoutTls })).rejects.toThrow(/HWC_TLS_CERT_FILE[\s\S]*HWC_TLS_KEY_FILE/);
});

test("invalid values are named with what to give instead", () => {
  expect(() => loadConfig({ ...standIn, HWC_PORT: "seventy", HWC_GRAPH_MAX_IN_FLIGHT: "9", HWC_ADDIN_ORIGIN: "http://localhost:3000" })).toThrow(
    /HWC_PORT is not valid[\s\S]*HWC_ADDIN_ORIGIN must be an https:\/\/ URL|HWC_ADDIN_ORIGIN[\s\S]*HWC_PORT/,
  );
});

test("an expiry policy for unacknowledged signals is off unless a number of hours is given", () => {
  expect(loadConfig({ ...standIn, HWC_SWEEP_EXPIRE_UNACKNOWLEDGED_AFTER_HOURS: "72" }).sweep.expireUnacknowledgedAfterHours).toBe(72);
});

test("HWC_API_SCOPE may be the scope name or the full URI the add-in's build uses", () => {
  expect(loadConfig({ ...standIn, HWC_API_SCOPE: "api://c1ea0000-0000-4000-8000-00000000a001/access_as_user" }).api.scope).toBe("access_as_user");
  expect(loadConfig({ ...standIn, HWC_API_SCOPE: "access_as_user" }).api.scope).toBe("access_as_user");
});
