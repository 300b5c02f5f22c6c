// The legacy single sign-on path (Office.auth.getAccessToken), used only where nested app authentication
// is not available. The token is for the add-in's registered API, never an ID token.
export async function getOfficeAccessToken(): Promise<string> {
  return Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
}
