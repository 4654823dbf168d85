/** Types of scripts/servers.mjs. */
import type { PreviewServer } from 'vite';

export declare const ROOT: string;
export declare function vrijePoort(): Promise<number>;
export declare function startPreview(opties: {
  outDir: string;
  apiUrl: string;
}): Promise<{ server: PreviewServer; url: string }>;
