import { environmentReads } from "./environment-variables";

function namesIn(source: string, fileName = "example.ts"): string[] {
  return [...environmentReads(fileName, source).names].sort();
}

describe("environmentReads", () => {
  it("finds process.env.X and process.env[\"X\"]", () => {
    expect(namesIn('const a = process.env.HWC_PORT; const b = process.env["NODE_ENV"];')).toEqual(["HWC_PORT", "NODE_ENV"]);
  });

  it("finds reads through any object named env", () => {
    expect(namesIn("function f(env: NodeJS.ProcessEnv, r: { env: NodeJS.ProcessEnv }) { return env.HWC_PROFILE ?? r.env['HWC_HOST']; }")).toEqual([
      "HWC_HOST",
      "HWC_PROFILE",
    ]);
  });

  it("finds names destructured from the environment", () => {
    expect(namesIn("const { HWC_A, HWC_B: renamed, PORT = '1' } = process.env;")).toEqual(["HWC_A", "HWC_B", "PORT"]);
  });

  it("finds HWC_ names passed to a helper", () => {
    expect(namesIn('const id = required(r, "HWC_TENANT_ID", "the tenant");')).toEqual(["HWC_TENANT_ID"]);
  });

  it("expands a template over a parameter's literal union type and drops the bare prefix", () => {
    const source = `
      function credential(prefix: "HWC_API" | "HWC_SWEEP") { return raw(\`\${prefix}_CLIENT_ID\`); }
      credential("HWC_API"); credential("HWC_SWEEP");`;
    expect(namesIn(source)).toEqual(["HWC_API_CLIENT_ID", "HWC_SWEEP_CLIENT_ID"]);
  });

  it("expands a template over a for-of loop's array", () => {
    expect(namesIn('for (const side of ["API", "SWEEP"]) read(`HWC_${side}_SECRET`);')).toEqual(["HWC_API_SECRET", "HWC_SWEEP_SECRET"]);
  });

  it("returns a pattern for a template it cannot resolve", () => {
    const reads = environmentReads("x.ts", "function f(p: string) { return process.env[`HWC_${p}_URL`]; }");
    expect(reads.unresolvedPatterns.map((pattern) => pattern.source)).toEqual(["^HWC_[A-Z0-9_]*_URL$"]);
  });

  it("ignores upper-case templates that build ids rather than variable names", () => {
    expect(environmentReads("ids.ts", "const id = `CQAAABYAAA${serial}`;").unresolvedPatterns).toEqual([]);
  });

  it("ignores lower-case keys and webpack's env argument fields", () => {
    expect(namesIn("module.exports = (env) => ({ mode: env.production ? 'production' : 'development' });", "webpack.config.js")).toEqual([]);
  });

  it("reads JavaScript modules too", () => {
    expect(namesIn("export const dir = process.env.HWC_CERTS_DIR ?? 'x';", "local-ca.mjs")).toEqual(["HWC_CERTS_DIR"]);
  });
});
