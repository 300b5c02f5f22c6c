// The Azure Functions v4 entry point (package.json "main" of a Functions deployment points here, compiled).
// Routes get Functions' default "api/" prefix, so the paths are the same as the local server's.
import { app } from "@azure/functions";
import { loadConfig } from "../config/load-config";
import { createLogger } from "../logging/logger";
import { createCleanupService } from "../service/cleanup-service";
import { createFunctionHandlers } from "./handlers";

const config = loadConfig(process.env);
const service = createCleanupService({ config, logger: createLogger({ level: config.logging.level }) });
const handlers = createFunctionHandlers(service);

app.http("acknowledgeAndDelete", { methods: ["POST", "OPTIONS"], authLevel: "anonymous", route: "acknowledge-and-delete", handler: handlers.http });
app.http("sweep", { methods: ["POST", "OPTIONS"], authLevel: "anonymous", route: "mailboxes/{mailbox}/sweep", handler: handlers.http });
app.http("inspectionReport", { methods: ["GET", "OPTIONS"], authLevel: "anonymous", route: "mailboxes/{mailbox}/inspection-report", handler: handlers.http });
app.http("reportSigningKey", { methods: ["GET"], authLevel: "anonymous", route: "report-signing-key", handler: handlers.http });
app.http("health", { methods: ["GET"], authLevel: "anonymous", route: "health", handler: handlers.http });
app.timer("sweepAll", { schedule: config.sweep.schedule, handler: handlers.sweepTimer });
