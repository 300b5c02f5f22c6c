// Structured logs for the service. Nothing personal goes in: no names, birth dates, bodies, subjects or
// addresses of mail, and message or conversation ids only through `hashId` (a keyed hash), so a log can be
// kept and shared with an operator without becoming a record of signals (covenant art. 2.4).
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger } from "pino";

export interface LoggerOptions {
  level: string;
  /** Where lines go; stdout by default. Tests pass a stream and scan every line. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: "hwc-cleanup" },
      // Tokens and secrets can arrive in headers or errors; they never reach a line.
      redact: { paths: ["authorization", "*.authorization", "headers.authorization", "token", "*.token"], censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination(1),
  );
}
