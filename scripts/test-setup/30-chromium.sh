# Browser tests (tests/SupportBot.Browser.Tests): Debian's Chromium, driven by Playwright with
# ExecutablePath=/usr/bin/chromium (never a browser download), and Noto CJK so Japanese renders.
apt_install chromium fonts-noto-cjk

# The page's Web Chat bundle (bot/web, pinned by package-lock.json): the host build installs it when missing;
# doing it here too makes a missing npm or registry fail before the long test run, with a clear message.
if [ ! -f bot/web/node_modules/botframework-webchat/dist/webchat.js ]; then
  command -v npm >/dev/null 2>&1 || apt_install npm
  (cd bot/web && npm ci --no-audit --no-fund --loglevel=error)
fi
