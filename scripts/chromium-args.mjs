/**
 * How this repository starts Debian's headless Chromium (tests, story screenshots, the bench):
 * no GPU, no sandbox (containers), and quiet — no background network, component updates, sync
 * or first-run pages competing with the page under test for the machine's two cores.
 */
export const quietChromium = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/**
 * Playwright's own `--disable-features` list (playwright-core's chromiumSwitches.ts), repeated
 * because Chromium reads only the last `--disable-features` on its command line: a second one
 * would otherwise switch Playwright's back on (PaintHolding among them, which delays first paints).
 */
const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * For Playwright launches that open many tabs or contexts (the bench's cold loads, a context per
 * story): Chromium 156 loads its omnibox popup — a WebUI page of ~60 scripts, in a renderer of
 * its own — for every new tab, and a trace of one cold load showed it parsing beside the page
 * (docs/decisions/0021-cold-load-floor.md). A user's browser loads it once per window.
 */
export const withoutOmniboxPopup = `--disable-features=${[...playwrightDisabledFeatures, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'].join(',')}`;
