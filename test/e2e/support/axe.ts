// Runs axe-core inside an add-in frame and returns its violations in a form a failing test can print.
import { join } from "node:path";
import type { Frame } from "playwright-core";
import { REPO_ROOT } from "../../../dev/harness/local-stack/addin-build";

const AXE_SCRIPT = join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js");

export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Throws when axe checked nothing, so an empty page or a failed injection cannot pass as "no violations". */
export async function axeViolations(frame: Frame): Promise<AxeFinding[]> {
  await frame.addScriptTag({ path: AXE_SCRIPT });
  const { passes, violations } = await frame.evaluate(async () => {
    type Result = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ passes: Result[]; violations: Result[] }> } }).axe;
    const result = await axe.run(document);
    const violations = result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
    return { passes: result.passes.length, violations };
  });
  if (passes === 0) throw new Error(`axe-core checked no rule in ${frame.url()}: the page did not render.`);
  return violations;
}
