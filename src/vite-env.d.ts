/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_REGION?: string;
  readonly VITE_SUBMISSIONS_URL?: string;
}
