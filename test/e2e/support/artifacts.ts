// Screenshots of every run go to test/e2e/artifacts/ (git-ignored), to look at after a run or in CI.
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export const ARTIFACTS_DIR = join(__dirname, "..", "artifacts");

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}
