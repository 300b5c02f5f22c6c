import { defineMessages } from "./define";

export const readpaneMessages = defineMessages({
  nl: {},
  en: {},
});
