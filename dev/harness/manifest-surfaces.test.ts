import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ManifestProblem, readAddinSurfaces } from "./manifest-surfaces";

const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

test("the compose button opens the task pane the manifest names, with its Dutch and English labels", () => {
  const surfaces = readAddinSurfaces(manifest);
  expect(surfaces.compose?.action).toEqual({ kind: "taskpane", url: expect.stringMatching(/\.html$/) });
  expect(surfaces.compose?.label.nl).not.toBe("");
});

test('the read-mode button is "Bevestigen en verwijderen"', () => {
  expect(readAddinSurfaces(manifest).read?.label.nl).toBe("Bevestigen en verwijderen");
});

test("phones get the MobileFormFactor's read button, with its short label, opening the read pane", () => {
  expect(readAddinSurfaces(manifest).mobileRead).toEqual({ label: { nl: "Bevestigen", en: "Acknowledge" }, action: { kind: "taskpane", url: "/readpane.html" } });
});

test("the OnMessageSend launch event is found with its handler name, Block mode and HTML runtime", () => {
  expect(readAddinSurfaces(manifest).sendEvent).toEqual({ functionName: "onMessageSendHandler", sendMode: "Block", runtimeUrl: expect.stringMatching(/^\/.*\.html$/) });
});

test("a button pointing at an undefined URL resource is reported, not silently dropped", () => {
  const broken = manifest.replace('resid="Readpane.Url"', 'resid="Missing.Url"');
  expect(() => readAddinSurfaces(broken)).toThrow(ManifestProblem);
  expect(() => readAddinSurfaces(broken)).toThrow('"Missing.Url"');
});
