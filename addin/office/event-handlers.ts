// Registers a function named in the manifest (LaunchEvent FunctionName) with Outlook's runtime.
export function associateHandler(name: string, handler: (event: Office.MailboxEvent) => void): void {
  Office.actions.associate(name, handler);
}
