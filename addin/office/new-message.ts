// Several children: each signal is its own message. Opens an empty compose form (Mailbox 1.1).
export function openNewMessage(): void {
  Office.context.mailbox.displayNewMessageForm({});
}
