export { defineMessages, localeFor } from "./define";
export type { Catalogue, Locale } from "./define";
export { domainMessages } from "./domain";
export { composeMessages } from "./compose";
export { guardMessages } from "./guard";
export { readpaneMessages } from "./readpane";
export { serviceMessages } from "./service";
