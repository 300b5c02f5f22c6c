// Discovery documents msal-node and @azure/identity read before asking for a token: the v2 OpenID configuration,
// and the instance discovery answer (msal asks for it unless the authority is in knownAuthorities or instance
// discovery is disabled). https://learn.microsoft.com/entra/identity-platform/v2-protocols-oidc
export function openIdConfiguration(baseUrl: string, tenantRef: string, tenantId: string | undefined) {
  const issuerTenant = tenantId ?? "{tenantid}";
  const host = new URL(baseUrl).host;
  return {
    token_endpoint: `${baseUrl}/${tenantRef}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
    jwks_uri: `${baseUrl}/${tenantRef}/discovery/v2.0/keys`,
    response_modes_supported: ["query", "fragment", "form_post"],
    subject_types_supported: ["pairwise"],
    id_token_signing_alg_values_supported: ["RS256"],
    response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
    scopes_supported: ["openid", "profile", "email", "offline_access"],
    issuer: `${baseUrl}/${issuerTenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${baseUrl}/oidc/userinfo`,
    authorization_endpoint: `${baseUrl}/${tenantRef}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${baseUrl}/${tenantRef}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${baseUrl}/${tenantRef}/oauth2/v2.0/logout`,
    claims_supported: ["sub", "iss", "aud", "exp", "iat", "auth_time", "acr", "nonce", "preferred_username", "name", "tid", "ver", "at_hash", "c_hash", "email"],
    kerberos_endpoint: `${baseUrl}/${tenantRef}/kerberos`,
    tenant_region_scope: "EU",
    cloud_instance_name: host,
    cloud_graph_host_name: "graph.windows.net",
    msgraph_host: "graph.microsoft.com",
    rbac_url: "https://pas.windows.net",
  };
}

export function instanceDiscovery(baseUrl: string, authorizationEndpoint: string | null) {
  const host = new URL(baseUrl).host;
  const tenant = authorizationEndpoint ? (new URL(authorizationEndpoint).pathname.split("/")[1] ?? "common") : "common";
  return {
    tenant_discovery_endpoint: `${baseUrl}/${tenant}/v2.0/.well-known/openid-configuration`,
    "api-version": "1.1",
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  };
}
