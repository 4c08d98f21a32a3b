/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * Origin (and optional path) of the Customer Pulse API in production builds, e.g.
   * `https://customer-pulse-api.azurewebsites.net`. Empty or unset: the API is on the tab's
   * own origin under `/api`, as with the dev server proxy.
   */
  readonly VITE_API_BASE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
