import { defineMessages } from "./define";

// Problems in the add-in's build settings (addin/build/build-settings.cjs), read by the IT admin running
// `npm run build` for a deployment. Each names the variable, the value it got and what to give instead.
export const addinBuildMessages = defineMessages({
  nl: {
    header: (count: number) => `De bouwinstellingen van de invoegtoepassing hebben ${count === 1 ? "1 probleem" : `${count} problemen`} (zie addin/README.md):`,
    notHttps: (name: string, value: string) => `${name} moet een https://-adres zijn (Office laadt invoegtoepassingen alleen via https): ${value}`,
    notUrl: (name: string, value: string) => `${name} is geen adres: ${value}. Geef een https://-adres.`,
    registerUnreadable: (file: string, detail: string) =>
      `HWC_REGISTER_FILE ${file} is niet als JSON te lezen (${detail}): wijs HWC_REGISTER_FILE naar het scholenregister, of maak het met npm run register:import.`,
    registerInvalid: (file: string) => `HWC_REGISTER_FILE ${file} is geen geldig scholenregister; maak het opnieuw met npm run register:import:`,
    senderNotEmail: (value: string) => `HWC_SENDER_ADDRESS is geen e-mailadres: ${value}`,
    spaClientIdNotGuid: (value: string) => `HWC_SPA_CLIENT_ID is geen client-id (GUID): ${value}`,
    apiScopeShape: (value: string) => `HWC_API_SCOPE moet de vorm api://<client-id van de API>/access_as_user hebben: ${value}`,
  },
  en: {
    header: (count: number) => `The add-in build configuration has ${count === 1 ? "1 problem" : `${count} problems`} (see addin/README.md):`,
    notHttps: (name: string, value: string) => `${name} must be an https URL (Office loads add-ins over https only): ${value}`,
    notUrl: (name: string, value: string) => `${name} is not a URL: ${value}. Give an https:// address.`,
    registerUnreadable: (file: string, detail: string) =>
      `HWC_REGISTER_FILE ${file} cannot be read as JSON (${detail}); point HWC_REGISTER_FILE at the school register or create it with npm run register:import.`,
    registerInvalid: (file: string) => `HWC_REGISTER_FILE ${file} is not a valid school register; make it again with npm run register:import:`,
    senderNotEmail: (value: string) => `HWC_SENDER_ADDRESS is not an e-mail address: ${value}`,
    spaClientIdNotGuid: (value: string) => `HWC_SPA_CLIENT_ID is not a client id (GUID): ${value}`,
    apiScopeShape: (value: string) => `HWC_API_SCOPE must look like api://<API client id>/access_as_user: ${value}`,
  },
});
