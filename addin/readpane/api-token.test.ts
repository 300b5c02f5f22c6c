import { installOutlook, outlookState } from "../test-fixtures/outlook-mock";
import { acquireApiToken } from "./api-token";
import { acquireTokenWithNestedAppAuth } from "./nested-app-auth";

jest.mock("./nested-app-auth", () => ({ acquireTokenWithNestedAppAuth: jest.fn() }));
const nested = jest.mocked(acquireTokenWithNestedAppAuth);

const settings = { spaClientId: "c1ea0000-0000-4000-8000-00000000a002", authority: "https://login.microsoftonline.com/organizations", apiScope: "api://x/access_as_user" };

beforeEach(() => nested.mockReset());

test("uses nested app authentication where the host supports NestedAppAuth 1.1", async () => {
  installOutlook(outlookState({ nestedAppAuth: true }));
  nested.mockResolvedValue("naa-token");
  expect(await acquireApiToken(settings)).toEqual({ accessToken: "naa-token", source: "nested-app-auth" });
  expect(nested).toHaveBeenCalledWith(settings);
});

test("falls back to Office.auth.getAccessToken where NAA is not supported", async () => {
  installOutlook(outlookState({ nestedAppAuth: false }));
  expect(await acquireApiToken(settings)).toEqual({ accessToken: "office-sso-token", source: "office-sso" });
  expect(nested).not.toHaveBeenCalled();
});

test("falls back to Office single sign-on when NAA fails", async () => {
  installOutlook(outlookState({ nestedAppAuth: true }));
  nested.mockRejectedValue(new Error("popup blocked"));
  expect(await acquireApiToken(settings)).toEqual({ accessToken: "office-sso-token", source: "office-sso" });
});

test("a token with claims is asked of nested app authentication, with the claims", async () => {
  installOutlook(outlookState({ nestedAppAuth: true }));
  nested.mockResolvedValue("naa-token-with-mfa");
  const claims = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
  expect(await acquireApiToken(settings, { claims })).toEqual({ accessToken: "naa-token-with-mfa", source: "nested-app-auth" });
  expect(nested).toHaveBeenCalledWith(settings, { claims });
});

test("claims never fall back to Office single sign-on, which cannot carry them", async () => {
  installOutlook(outlookState({ nestedAppAuth: false }));
  await expect(acquireApiToken(settings, { claims: "{}" })).rejects.toMatchObject({ name: "ClaimsNotSupportedError" });
  installOutlook(outlookState({ nestedAppAuth: true }));
  nested.mockRejectedValue(new Error("user cancelled"));
  await expect(acquireApiToken(settings, { claims: "{}" })).rejects.toThrow("user cancelled");
});
