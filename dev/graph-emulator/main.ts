// `npm run emulator`: the stand-in on its own, with the demo seed and the control API, until Ctrl-C.
import { startStandIn } from "../stand-in";
import { DEMO } from "./demo-seed";

async function main(): Promise<void> {
  const port = process.env.HWC_EMULATOR_PORT ? Number(process.env.HWC_EMULATOR_PORT) : 5443;
  const standIn = await startStandIn({ port, seed: "demo", controlApi: true });
  process.stdout.write(
    [
      "Handle with Care — local Microsoft 365 stand-in",
      `  Graph v1.0:         ${standIn.graphBaseUrl}`,
      `  Identity authority: ${standIn.authorityHost}/${DEMO.school.tenantId} (school), ${standIn.authorityHost}/${DEMO.veiligThuis.tenantId} (Veilig Thuis)`,
      `  Control API:        ${standIn.url}/_emulator/`,
      `  CA certificate:     ${standIn.caPath} (trust it with NODE_EXTRA_CA_CERTS)`,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    standIn.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`The stand-in could not start: ${message}\nIs port ${process.env.HWC_EMULATOR_PORT ?? 5443} in use? Set HWC_EMULATOR_PORT to another port.\n`);
  process.exit(1);
});
