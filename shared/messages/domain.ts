import { defineMessages } from "./define";

export const domainMessages = defineMessages({
  nl: {},
  en: {},
});
