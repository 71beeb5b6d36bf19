/** The Chromium binary (CHROMIUM_PATH overrides it). */
export declare const CHROMIUM_PATH: string;
/** Command-line flags for every headless Chromium we launch. */
export declare const CHROMIUM_ARGS: readonly string[];
