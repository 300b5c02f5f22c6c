// The item the add-in was opened on. Outlook gives one object whose members differ between compose and read
// mode; these accessors name the mode the caller expects and fail plainly when there is no item.

export class NoMailItemError extends Error {
  override readonly name = "NoMailItemError";
  constructor() {
    super("No Outlook mail item is available to the add-in.");
  }
}

export function composeItem(): Office.MessageCompose {
  const item = Office.context.mailbox?.item;
  if (!item) throw new NoMailItemError();
  return item as unknown as Office.MessageCompose;
}

export function readItem(): Office.MessageRead {
  const item = Office.context.mailbox?.item;
  if (!item) throw new NoMailItemError();
  return item as unknown as Office.MessageRead;
}
