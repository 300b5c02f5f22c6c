// Configuration fixed at build time (webpack DefinePlugin, see webpack.config.js and addin/README.md).
// Under jest there is no DefinePlugin: the local development defaults apply and the register is empty.
import type { School } from "../../shared/register/school";

export interface AddinBuildConfig {
  addinBaseUrl: string;
  apiBaseUrl: string;
  apiScope: string;
  spaClientId: string;
  authority: string;
  senderAddress: string;
  /** The school register, parsed and validated by parseSchoolRegister when the bundle was built. */
  schools: readonly School[];
}

declare const HWC_BUILD_CONFIG: AddinBuildConfig | undefined;

export const LOCAL_DEFAULTS: AddinBuildConfig = {
  addinBaseUrl: "https://localhost:3000",
  apiBaseUrl: "https://localhost:7071",
  apiScope: "api://c1ea0000-0000-4000-8000-00000000a001/access_as_user",
  spaClientId: "c1ea0000-0000-4000-8000-00000000a002",
  authority: "https://login.microsoftonline.com/organizations",
  senderAddress: "handlewithcare@veiligthuisgv.example",
  schools: [],
};

export const buildConfig: AddinBuildConfig = typeof HWC_BUILD_CONFIG === "undefined" ? LOCAL_DEFAULTS : HWC_BUILD_CONFIG;
