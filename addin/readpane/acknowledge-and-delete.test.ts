import { installOutlook, outlookState } from "../test-fixtures/outlook-mock";
import { acknowledgeAndDelete } from "./acknowledge-and-delete";

const settings = {
  apiBaseUrl: "https://localhost:7071",
  apiScope: "api://c1ea0000-0000-4000-8000-00000000a001/access_as_user",
  spaClientId: "c1ea0000-0000-4000-8000-00000000a002",
  authority: "https://login.microsoftonline.com/organizations",
};

let requests: { url: string; body: unknown; authorization: string | undefined }[] = [];

beforeEach(() => {
  requests = [];
  jest.spyOn(globalThis, "fetch").mockImplementation(async (url, init) => {
    requests.push({
      url: String(url),
      body: JSON.parse(String(init?.body)),
      authorization: (init?.headers as Record<string, string> | undefined)?.Authorization,
    });
    return new Response(JSON.stringify({ status: "acknowledged-and-deleted", acknowledged: true, deleted: { inbox: 1 }, remaining: 0 }), { status: 200 });
  });
});

afterEach(() => jest.restoreAllMocks());

test("in a shared HwC mailbox, the owner from getSharedPropertiesAsync is the mailbox", async () => {
  installOutlook(outlookState({ sharedOwner: "hwc.deregenboog@gooisescholen.example" }));
  expect(await acknowledgeAndDelete(settings)).toEqual({ kind: "done", status: "acknowledged-and-deleted" });
  expect(requests[0]?.body).toEqual({ mailbox: "hwc.deregenboog@gooisescholen.example", messageId: "rest(v2.0):AAMkAGI2TG93AAA=" });
});

test("outside a shared folder, the user's own address is the mailbox", async () => {
  installOutlook(outlookState({ sharedOwner: undefined, userAddress: "j.bakker@gooisescholen.example" }));
  await acknowledgeAndDelete(settings);
  expect(requests[0]?.body).toMatchObject({ mailbox: "j.bakker@gooisescholen.example" });
});

test("without nested app authentication the Office single sign-on token is sent", async () => {
  installOutlook(outlookState({ sharedOwner: "hwc.deregenboog@gooisescholen.example", nestedAppAuth: false }));
  await acknowledgeAndDelete(settings);
  expect(requests[0]?.authorization).toBe("Bearer office-sso-token");
  expect(requests[0]?.url).toBe("https://localhost:7071/api/acknowledge-and-delete");
});

test("a sign-in failure is reported without calling the service", async () => {
  installOutlook(outlookState({ sharedOwner: "hwc.deregenboog@gooisescholen.example" }));
  (Office.auth as unknown as { getAccessToken: () => Promise<string> }).getAccessToken = async () => Promise.reject(new Error("13001"));
  expect(await acknowledgeAndDelete(settings)).toEqual({ kind: "sign-in-failed" });
  expect(requests).toHaveLength(0);
});
