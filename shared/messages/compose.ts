import { defineMessages } from "./define";

export const composeMessages = defineMessages({
  nl: {},
  en: {},
});
