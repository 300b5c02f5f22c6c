// Checks a port before anything starts, so "in use" is one clear line instead of a stack trace halfway up.
import { createServer } from "node:net";
import { StartProblem } from "./start-problem";

export interface PortNeed {
  port: number;
  /** What needs it, e.g. "the add-in and the Outlook harness". */
  purpose: string;
  /** The variable that moves it, e.g. HWC_ADDIN_PORT. */
  variable: string;
}

function isFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

export async function assertPortsFree(needs: readonly PortNeed[], host = "127.0.0.1"): Promise<void> {
  for (const need of needs) {
    if (need.port === 0) continue;
    if (!(await isFree(need.port, host))) {
      throw new StartProblem(
        `Port ${need.port} (${need.purpose}) is in use: stop what uses it (ss -ltnp 'sport = :${need.port}' shows it; perhaps another npm start) or choose another port with ${need.variable}=<port>.`,
      );
    }
  }
}
