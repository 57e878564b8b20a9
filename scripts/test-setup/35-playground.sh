# Microsoft 365 Agents Playground (the Emulator's successor), pinned by tests/playground/package-lock.json:
# tests/SupportBot.Browser.Tests/Playground starts its CLI against the bot and drives its page in Chromium.
if [ ! -f tests/playground/node_modules/@microsoft/m365agentsplayground/cli.js ]; then
  command -v npm >/dev/null 2>&1 || apt_install npm
  (cd tests/playground && npm ci --no-audit --no-fund --loglevel=error)
fi
