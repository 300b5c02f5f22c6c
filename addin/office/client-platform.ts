// Which Outlook the add-in runs in, where behaviour differs by client rather than by requirement set: Outlook
// on Android and iOS gives a read-mode itemId that is already a REST id and has no convertToRestId
// (https://learn.microsoft.com/office/dev/add-ins/outlook/use-rest-api#get-the-item-id,
// https://learn.microsoft.com/office/dev/add-ins/outlook/outlook-mobile-apis#unsupported-apis).
export function isMobileOutlook(): boolean {
  const platform = String(Office.context?.platform ?? "");
  const hostName = String(Office.context?.mailbox?.diagnostics?.hostName ?? "");
  return platform === "iOS" || platform === "Android" || hostName === "OutlookIOS" || hostName === "OutlookAndroid";
}
