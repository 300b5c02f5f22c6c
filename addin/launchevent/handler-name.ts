// The name manifest.xml gives in <LaunchEvent Type="OnMessageSend" FunctionName="…">; the manifest test
// checks that the built launchevent.js registers exactly this name.
export const SEND_HANDLER_NAME = "onMessageSendHandler";
