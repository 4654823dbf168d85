// What the e2e global setup hands to the browser tests through vitest's provide/inject.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built app served by `vite preview`, without a trailing slash; '' when setup failed. */
    basisUrl: string;
    /** Folder of the production build the preview serves. */
    buildMap: string;
    /** Why the e2e environment could not be prepared; null when it is ready. Each e2e test fails with it. */
    e2eFout: string | null;
  }
}
