// Turns one validated config into the PowerShell scripts an admin runs. Pure: the same config always yields
// the same bytes, which is what lets the shipped examples be checked against the generator.
import type { HwcConfig } from "./config-schema";
import { schoolCheckFileName, schoolCheckScript } from "./scripts/school-check";
import { schoolMailboxesFileName, schoolMailboxesScript } from "./scripts/school-mailboxes";
import { schoolRetentionExclusionsFileName, schoolRetentionExclusionsScript } from "./scripts/school-retention-exclusions";
import { schoolSweepAccessFileName, schoolSweepAccessScript } from "./scripts/school-sweep-access";
import { veiligThuisDlpPolicyFileName, veiligThuisDlpPolicyScript } from "./scripts/veilig-thuis-dlp-policy";
import { veiligThuisMailFlowRuleFileName, veiligThuisMailFlowRuleScript } from "./scripts/veilig-thuis-mail-flow-rule";
import { veiligThuisMailboxFileName, veiligThuisMailboxScript } from "./scripts/veilig-thuis-mailbox";

export type GeneratedScript = { fileName: string; content: string };

// Windows PowerShell 5.1 reads a script without a byte order mark as ANSI, which would garble the Dutch text.
const utf8ByteOrderMark = "\uFEFF";

function script(fileName: string, lines: string[]): GeneratedScript {
  return { fileName, content: utf8ByteOrderMark + lines.join("\n") };
}

/** `source` is the config's file name as the admin knows it, printed in each script's header. */
export function generateScripts(config: HwcConfig, source: string): GeneratedScript[] {
  const scripts: GeneratedScript[] = [];
  if (config.school) {
    scripts.push(
      script(schoolMailboxesFileName, schoolMailboxesScript(config.school, source)),
      script(schoolRetentionExclusionsFileName, schoolRetentionExclusionsScript(config.school, source)),
      script(schoolSweepAccessFileName, schoolSweepAccessScript(config.school, source)),
      script(schoolCheckFileName, schoolCheckScript(config.school, source)),
    );
  }
  if (config.veiligThuis) {
    scripts.push(
      script(veiligThuisMailboxFileName, veiligThuisMailboxScript(config.veiligThuis, source)),
      script(veiligThuisMailFlowRuleFileName, veiligThuisMailFlowRuleScript(config.veiligThuis, source)),
      script(veiligThuisDlpPolicyFileName, veiligThuisDlpPolicyScript(config.veiligThuis, source)),
    );
  }
  return scripts;
}
