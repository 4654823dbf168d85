/** Types of scripts/chromium-opties.mjs. */
export declare const CHROMIUM_PAD: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare const CHROMIUM_START: { executablePath: string; args: string[] };
