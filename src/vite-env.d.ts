/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** Set by vite.config.ts from PARKATLAS_REGION at build time. */
  readonly PARKATLAS_REGION?: string;
  readonly VITE_SUBMISSIONS_URL?: string;
}
