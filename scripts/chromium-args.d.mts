/** Types of chromium-args.mjs, for the TypeScript tests that launch Chromium. */
export declare const quietChromium: readonly string[];
export declare const withoutOmniboxPopup: string;
