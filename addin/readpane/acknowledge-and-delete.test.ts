import { installOutlook, outlookState } from "../test-fixtures/outlook-mock";
import { acknowledgeAndDelete } from "./acknowledge-and-delete";
import { acquireTokenWithNestedAppAuth } from "./nested-app-auth";

jest.mock("./nested-app-auth", () => ({ acquireTokenWithNestedAppAuth: jest.fn() }));
const nested = jest.mocked(acquireTokenWithNestedAppAuth);

const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
const CLAIMS_B64 = Buffer.from(CLAIMS, "utf8").toString("base64");

type Seen = { url: string; body: unknown; authorization: string | undefined };

/** A fake of the cleanup service: answers each call with the next response, records what it was sent. */
function fakeService(...responses: Array<() => Response>) {
  const seen: Seen[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    seen.push({ url: String(url), body: JSON.parse(String(init?.body)), authorization: (init?.headers as Record<string, string> | undefined)?.Authorization });
    const next = responses.shift();
    if (!next) throw new Error("the fake service got more calls than expected");
    return next();
  }) as typeof globalThis.fetch;
  return { seen, settings: { ...baseSettings, fetch } };
}

const baseSettings = {
  apiBaseUrl: "https://localhost:7071",
  apiScope: "api://c1ea0000-0000-4000-8000-00000000a001/access_as_user",
  spaClientId: "c1ea0000-0000-4000-8000-00000000a002",
  authority: "https://login.microsoftonline.com/organizations",
};
const deleted = () => new Response(JSON.stringify({ status: "acknowledged-and-deleted", acknowledged: true, deleted: { inbox: 1 }, remaining: 0 }), { status: 200 });
const challenge = () =>
  new Response(JSON.stringify({ error: "claims-challenge", message: "Aanvullende aanmelding vereist.", messageEn: "Additional sign-in required.", claims: CLAIMS_B64 }), {
    status: 401,
    headers: { "Content-Type": "application/json", "WWW-Authenticate": `Bearer error="insufficient_claims", claims="${CLAIMS_B64}"` },
  });

beforeEach(() => nested.mockReset());

test("in a shared HwC mailbox, the owner from getSharedPropertiesAsync is the mailbox", async () => {
  installOutlook(outlookState({ sharedOwner: "hwc.deregenboog@gooisescholen.example" }));
  const { seen, settings } = fakeService(deleted);
  expect(await acknowledgeAndDelete(settings)).toEqual({ kind: "done", status: "acknowledged-and-deleted" });
  expect(seen[0]?.body).toEqual({ mailbox: "hwc.deregenboog@gooisescholen.example", messageId: "rest(v2.0):AAMkAGI2TG93AAA=" });
});

test("outside a shared folder, the user's own address is the mailbox", async () => {
  installOutlook(outlookState({ sharedOwner: undefined, userAddress: "j.bakker@gooisescholen.example" }));
  const { seen, settings } = fakeService(deleted);
  await acknowledgeAndDelete(settings);
  expect(seen[0]?.body).toMatchObject({ mailbox: "j.bakker@gooisescholen.example" });
});

test("on a phone the item id is already the REST id and is sent as it is", async () => {
  installOutlook(outlookState({ platform: "iOS", hostName: "OutlookIOS", itemId: "AAMkAGI2-REST_id=", userAddress: "hwc.deregenboog@gooisescholen.example", mailboxVersion: "1.5" }));
  const { seen, settings } = fakeService(deleted);
  await acknowledgeAndDelete(settings);
  expect(seen[0]?.body).toEqual({ mailbox: "hwc.deregenboog@gooisescholen.example", messageId: "AAMkAGI2-REST_id=" });
});

test("without nested app authentication the Office single sign-on token is sent", async () => {
  installOutlook(outlookState({ sharedOwner: "hwc.deregenboog@gooisescholen.example", nestedAppAuth: false }));
  const { seen, settings } = fakeService(deleted);
  await acknowledgeAndDelete(settings);
  expect(seen[0]?.authorization).toBe("Bearer office-sso-token");
  expect(seen[0]?.url).toBe("https://localhost:7071/api/acknowledge-and-delete");
});

test("a sign-in failure is reported without calling the service", async () => {
  installOutlook(outlookState({ sharedOwner: "hwc.deregenboog@gooisescholen.example" }));
  (Office.auth as unknown as { getAccessToken: () => Promise<string> }).getAccessToken = async () => Promise.reject(new Error("13001"));
  const { seen, settings } = fakeService();
  expect(await acknowledgeAndDelete(settings)).toEqual({ kind: "sign-in-failed" });
  expect(seen).toHaveLength(0);
});

test("a claims challenge gets a new token with exactly those claims, and the call is made once more", async () => {
  installOutlook(outlookState({ sharedOwner: "hwc.deregenboog@gooisescholen.example", nestedAppAuth: true }));
  nested.mockImplementation(async (_settings, options) => (options?.claims ? "token-with-mfa" : "token-plain"));
  const { seen, settings } = fakeService(challenge, deleted);
  expect(await acknowledgeAndDelete(settings)).toEqual({ kind: "done", status: "acknowledged-and-deleted" });
  expect(seen.map((call) => call.authorization)).toEqual(["Bearer token-plain", "Bearer token-with-mfa"]);
  expect(nested).toHaveBeenLastCalledWith(expect.objectContaining({ apiScope: baseSettings.apiScope }), { claims: CLAIMS });
  expect(seen[1]?.body).toEqual(seen[0]?.body);
});

test("a second claims challenge is not chased: one retry, then sign-in failed", async () => {
  installOutlook(outlookState({ sharedOwner: "hwc.deregenboog@gooisescholen.example", nestedAppAuth: true }));
  nested.mockResolvedValue("token");
  const { seen, settings } = fakeService(challenge, challenge);
  expect(await acknowledgeAndDelete(settings)).toEqual({ kind: "sign-in-failed" });
  expect(seen).toHaveLength(2);
});

test("the person cancelling the extra sign-in is a sign-in failure, and nothing is called again", async () => {
  installOutlook(outlookState({ sharedOwner: "hwc.deregenboog@gooisescholen.example", nestedAppAuth: true }));
  nested.mockImplementation(async (_settings, options) => {
    if (options?.claims) throw new Error("user_cancelled");
    return "token-plain";
  });
  const { seen, settings } = fakeService(challenge);
  expect(await acknowledgeAndDelete(settings)).toEqual({ kind: "sign-in-failed" });
  expect(seen).toHaveLength(1);
});

test("with Office's legacy sign-on a claims challenge cannot be answered, and the functionary is told so", async () => {
  installOutlook(outlookState({ sharedOwner: "hwc.deregenboog@gooisescholen.example", nestedAppAuth: false }));
  const { seen, settings } = fakeService(challenge);
  expect(await acknowledgeAndDelete(settings)).toEqual({ kind: "claims-unsupported" });
  expect(seen).toHaveLength(1);
});
