// What `npm start` prints once everything listens: where things are, what to try, and how to make a browser
// trust the local certificate authority.
import { relative } from "node:path";
import type { LocalStack } from "./local-stack";
import { REPO_ROOT } from "./addin-build";

export interface BannerFacts {
  stack: LocalStack;
  addinBaseUrl: string;
  caPath: string;
  seedName: string;
  readyInMs: number;
}

export function startBanner({ stack, addinBaseUrl, caPath, seedName, readyInMs }: BannerFacts): string {
  const ca = relative(REPO_ROOT, caPath) || caPath;
  const dump = `${stack.standIn.url}/_emulator/mailboxes/hwc.deregenboog@gooisescholen.example/dump`;
  return [
    "",
    `Handle with Care runs locally (ready in ${(readyInMs / 1000).toFixed(1)} s, seed: ${seedName}).`,
    "",
    `  Outlook harness      ${addinBaseUrl}/harness/`,
    `  Add-in pages         ${addinBaseUrl}/taskpane.html, ${addinBaseUrl}/readpane.html, ${addinBaseUrl}/commands.html`,
    `  Cleanup service      ${stack.cleanup.url}/api/acknowledge-and-delete`,
    `  Microsoft 365 stand-in  Graph ${stack.standIn.graphBaseUrl}, sign-in ${stack.standIn.url}/{tenant}/v2.0, control ${stack.standIn.url}/_emulator/`,
    "",
    "Try this:",
    '  1. As Marieke de Vries: "Nieuw bericht", Van = Veilig Thuis Handle with Care, "Signaal opstellen": school, name, birth date, confirm, "Signaal invoegen", "Verzenden".',
    '  2. Switch "Aangemeld als" to Jeroen Bakker: Handle with Care De Regenboog > Postvak IN, open the signal, "Bevestigen en verwijderen"; tick the box, press "Bevestigen en verwijderen".',
    `  3. Veilig Thuis Handle with Care's Postvak IN now holds the acknowledgement; the school mailbox holds no trace in any folder: ${dump}`,
    "",
    `Trust the local CA in your browser (once): import ${ca} as a certificate authority — Chrome/Edge: Settings > Privacy and security >`,
    "  Security > Manage certificates > Authorities > Import; Firefox: Settings > Privacy & Security > View Certificates > Authorities > Import;",
    `  or system-wide on Debian/Ubuntu: sudo cp ${ca} /usr/local/share/ca-certificates/hwc-local-ca.crt && sudo update-ca-certificates.`,
    "",
    "Ctrl-C stops everything.",
    "",
  ].join("\n");
}
