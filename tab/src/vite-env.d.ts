/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * Origin (and optional path) of the Customer Pulse API in production builds, e.g.
   * `https://customer-pulse-api.azurewebsites.net`. Empty or unset: the API is on the tab's
   * own origin under `/api`, as with the dev server proxy.
   */
  readonly VITE_API_BASE?: string;
  /** The consent step's authority, `{tenant}` for the user's tenant (src/auth/identityConfig.ts). */
  readonly VITE_AUTH_AUTHORITY?: string;
  /** The Entra app's client id, AAD_APP_CLIENT_ID (src/auth/identityConfig.ts). */
  readonly VITE_AUTH_CLIENT_ID?: string;
  /** The API's delegated scope; defaults to the manifest's app id URI + /access_as_user. */
  readonly VITE_AUTH_SCOPE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
