import { defineMessages } from "./define";

export const guardMessages = defineMessages({
  nl: {},
  en: {},
});
