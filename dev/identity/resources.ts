// Which resource a scope names: Microsoft Graph (by URL or app id) or an API registered in the stand-in
// (by `api://{clientId}` or the bare client id).
import type { Store } from "../graph-emulator/store";
import { GRAPH_APP_ID, GRAPH_AUDIENCE } from "./access-tokens";
import { invalidScope } from "./oauth-errors";

export function resolveResource(store: Store, scope: string, tenantRef: string): { audience: string } {
  const resource = scope.slice(0, Math.max(0, scope.lastIndexOf("/"))).replace(/\/$/, "").toLowerCase();
  if (resource === GRAPH_AUDIENCE || resource === GRAPH_APP_ID || resource === "https://graph.microsoft.com/v1.0") {
    return { audience: GRAPH_AUDIENCE };
  }
  const clientId = resource.replace(/^api:\/\//, "");
  const app = store.findApp(clientId);
  if (app && app.exposedScopes.length > 0) return { audience: app.clientId };
  throw invalidScope(500011, `The resource principal named ${resource || scope} was not found in the tenant named ${tenantRef}. Check the scope's resource URI.`);
}
