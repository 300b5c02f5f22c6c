import { defineMessages } from "./define";

export const serviceMessages = defineMessages({
  nl: {},
  en: {},
});
