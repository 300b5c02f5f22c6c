// Entry of commands.html: the function file and the event runtime of Outlook on the web, new Outlook and Mac.
// The send guard itself is launchevent.js, loaded by the same page; this script only initialises Office.js,
// which those runtimes expect of the page. No React here: the page must stay light.
void Office.onReady();
