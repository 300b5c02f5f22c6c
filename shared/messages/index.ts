export { defineMessages, localeFor } from "./define";
export type { Catalogue, Locale } from "./define";
export { domainMessages, domainText } from "./domain";
export type { DomainMessageKey } from "./domain";
export { composeMessages } from "./compose";
export { guardMessages } from "./guard";
export { readpaneMessages } from "./readpane";
export { helpMessages } from "./help";
export { serviceMessages } from "./service";
