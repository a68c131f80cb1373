// Finds a Firefox for the Firefox smoke tests, or installs Debian's when it may, or says exactly what to do.
// Order: $FIREFOX_PATH, the usual system paths, then `apt-get install firefox-esr` (root on Debian/Ubuntu, in CI).
// The tests drive it over WebDriver BiDi with puppeteer-core, which never downloads a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

export function findFirefox({ install = false } = {}) {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file exists there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (install && process.platform === 'linux' && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
    console.log('Firefox not found: installing Debian\'s package (apt-get install firefox-esr)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  }
  throw new Error(
    [
      'The Firefox smoke tests need Firefox (ESR or release) and none was found.',
      '  Debian/Ubuntu:  sudo apt-get install firefox-esr   (then run the tests again)',
      '  macOS:          brew install --cask firefox, then FIREFOX_PATH="/Applications/Firefox.app/Contents/MacOS/firefox"',
      '  Any system:     set FIREFOX_PATH to a Firefox executable.',
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findFirefox({ install: process.argv.includes('--install') }));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
