/** Types for the compile-time constants Vite puts into the bundle (see vite.config.ts). */
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `service-worker` only in the static demo build (`vite build --mode demo`); `server` otherwise. */
  readonly VITE_API_MODUS?: 'server' | 'service-worker';
  /** True only in the build made with `--mode e2e` (vite.config.ts): the browser tests' hooks. */
  readonly VITE_TESTHAAK?: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
