import { createLogger } from "./logger";

test("authorization headers and tokens are redacted from log lines", () => {
  const lines: string[] = [];
  const logger = createLogger({ level: "info", destination: { write: (line: string) => void lines.push(line) } });
  logger.info({ headers: { authorization: "Bearer eyJsecret" }, token: "eyJsecret" }, "request");
  expect(lines.join("")).not.toContain("eyJsecret");
  expect(lines.join("")).toContain("[redacted]");
});
