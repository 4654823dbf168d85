/** Types for the compile-time constants Vite puts into the bundle (see vite.config.ts). */
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `service-worker` only in the static demo build (`vite build --mode demo`); `server` otherwise. */
  readonly VITE_API_MODUS?: 'server' | 'service-worker';
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
