#!/usr/bin/env bash
# Builds ABP's Angular admin UI (src/angular) into src/angular/dist/Humanitarian/browser, which the host
# serves at /angular/ (`dotnet run` does not build it, so a first start stays fast). npm ci runs only when
# package-lock.json changed since the last install (its hash is stamped in node_modules), then ng build.
#
#   etc/build-angular.sh
#
# Needs Node.js 20.19 or later (Angular 21's CLI); etc/test.sh installs one into .test-services/node
# when the machine's is older, and this script uses it from there.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP="$REPO/src/angular"
say() { echo "build-angular.sh: $*" >&2; }

node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'
}
if ! node_is_recent; then
  PATH="$REPO/.test-services/node/node_modules/node-linux-$(case "$(uname -m)" in aarch64) echo arm64 ;; *) echo x64 ;; esac)/bin:$PATH"
  node_is_recent || { say "Node.js 20.19 or later is needed: install it, or run etc/test.sh once (it installs one)"; exit 1; }
fi

cd "$APP"
STAMP=node_modules/.humanitarian-lock.sha256
LOCK_HASH="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$LOCK_HASH" ]]; then
  say "installing the npm packages of package-lock.json (npm ci, about a minute)"
  npm ci --no-audit --no-fund
  echo "$LOCK_HASH" >"$STAMP"
fi
# CI=true: no prompts and no progress spinner, for logs.
CI=true node_modules/.bin/ng build
