// How every headless Chromium of this project is started (browser tests, screenshots, benchmarks): Debian's
// Chromium, no sandbox (CI runs as root), no background networking (the machine has no internet), and
// SwiftShader, which gives WebGL2 without a GPU so maplibre-gl and deck.gl draw.

export const CHROMIUM_PAD = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Launch options for playwright-core's `chromium.launch`. */
export const CHROMIUM_START = { executablePath: CHROMIUM_PAD, args: CHROMIUM_ARGS };
