// The HTTPS server's own behaviour: CORS for the add-in only, routes, methods, the token before the body. No Graph call is
// made here, so the stand-in URL only has to be well-formed.
import { startServiceUnderTest, type ServiceUnderTest } from "../testing/service-under-test";

let service: ServiceUnderTest;

beforeAll(async () => {
  service = await startServiceUnderTest("https://127.0.0.1:9");
});
afterAll(async () => {
  await service?.stop();
});

test("the server speaks HTTPS with the configured certificate and answers health", async () => {
  expect(service.server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  const response = await service.call("/api/health");
  expect(response.status).toBe(200);
  expect(response.json).toEqual({ status: "ok" });
  expect(response.headers.get("strict-transport-security")).toContain("max-age");
});

test("a preflight from the add-in's origin is allowed; any other origin is not", async () => {
  const allowed = await service.call("/api/acknowledge-and-delete", { method: "OPTIONS", headers: { origin: "https://localhost:3000", "access-control-request-method": "POST" } });
  expect(allowed.status).toBe(204);
  expect(allowed.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
  expect(allowed.headers.get("access-control-allow-headers")).toContain("authorization");
  const refused = await service.call("/api/acknowledge-and-delete", { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
  expect(refused.status).toBe(403);
  expect(refused.headers.get("access-control-allow-origin")).toBeNull();
});

test("responses to the add-in's origin carry its CORS header; others get none", async () => {
  expect((await service.call("/api/health", { headers: { origin: "https://localhost:3000" } })).headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
  expect((await service.call("/api/health", { headers: { origin: "https://evil.example" } })).headers.get("access-control-allow-origin")).toBeNull();
});

test("unknown paths are 404 and wrong methods 405, in Dutch first", async () => {
  const missing = await service.call("/api/nothing-here");
  expect(missing.status).toBe(404);
  expect((missing.json as { message: string }).message).toMatch(/Controleer het adres/);
  const wrongMethod = await service.call("/api/acknowledge-and-delete");
  expect(wrongMethod.status).toBe(405);
  expect(wrongMethod.headers.get("allow")).toBe("POST");
});

test("a body larger than the API ever needs, sent without a token, is refused for the token before it is read", async () => {
  // The 413 for a caller with a valid token, and the timeouts, are in server-limits.test.ts.
  const response = await service.call("/api/acknowledge-and-delete", { body: "x".repeat(20_000) });
  expect(response.status).toBe(401);
  expect(response.headers.get("connection")).toBe("close");
});
