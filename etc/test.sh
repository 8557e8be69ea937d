#!/usr/bin/env bash
# The one test command: installs what is missing, starts throwaway services
# (etc/services.sh), builds once, runs every test project and ends with the
# line CI reads:  N passed, M failed
#
#   etc/test.sh                          # everything
#   etc/test.sh --filter 'FullyQualifiedName~Tenants'   # extra args go to dotnet test
#
# Env: HUMANITARIAN_SOLUTION (default Humanitarian.slnx),
#      HUMANITARIAN_TEST_MYSQL_PORT (3307), HUMANITARIAN_TEST_SMTP_PORT (2525).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
SOLUTION="${HUMANITARIAN_SOLUTION:-Humanitarian.slnx}"
STATE="$REPO/.test-services"
RESULTS="$STATE/results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
PATH="$PATH:/usr/sbin:/sbin" # mariadbd lives in /usr/sbin on Debian

say() { echo "test.sh: $*" >&2; }

# Whatever happens (build error, crash, Ctrl-C), stop the services and make the
# summary the very last line of output. It stays "0 passed, 1 failed" until the
# tests have actually been counted.
SUMMARY="0 passed, 1 failed"
SERVICES_STARTED=0
on_exit() {
  local rc=$?
  if ((SERVICES_STARTED)); then "$REPO/etc/services.sh" stop >&2 || true; fi
  echo "$SUMMARY"
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. Prerequisites (Debian 12) -------------------------------------------
install_packages() {
  local packages=() sudo=() log
  command -v mariadbd >/dev/null 2>&1 || packages+=(mariadb-server)
  command -v mariadb >/dev/null 2>&1 || packages+=(mariadb-client)
  # /usr/bin/python3, not the python3 on PATH (may be another interpreter).
  /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || packages+=(python3-aiosmtpd)
  [[ -x /usr/bin/chromium ]] || packages+=(chromium)
  # The build restores the web UI's npm packages; the OpenAPI client checks run npm tools.
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
  ((${#packages[@]})) || return 0

  if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { say "not root and no sudo: install ${packages[*]}"; exit 1; }
    sudo=(sudo)
  fi
  # Only what is missing, and said so: a second run installs nothing and says nothing.
  say "installing ${packages[*]} with apt-get (about 30 s)"
  log="$(mktemp /tmp/humanitarian-apt.XXXXXX)"
  # Lock timeout: wait for another apt/dpkg run instead of failing at once.
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 update \
        </dev/null >"$log" 2>&1 \
     || ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 install -y \
        "${packages[@]}" </dev/null >>"$log" 2>&1; then
    tail -n 40 "$log" >&2
    say "apt-get failed (full log: $log)"
    exit 1
  fi
  rm -f "$log"
}

install_packages
# etc/api-clients' tools (@redocly/cli, @hey-api/openapi-ts) need Node.js 20.19 or later, and Debian 12's
# own nodejs is 18: then Node.js comes from the npm registry (node-linux-<cpu>, the binary of the `node`
# package) into .test-services/node, first on PATH for the build and the tests.
node_is_recent() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'
}
if ! node_is_recent; then
  NODE_PREFIX="$STATE/node"
  NODE_PACKAGE="node-linux-$(case "$(uname -m)" in aarch64) echo arm64 ;; *) echo x64 ;; esac)"
  PATH="$NODE_PREFIX/node_modules/$NODE_PACKAGE/bin:$PATH"
  if ! node_is_recent; then
    say "Node.js $(node --version) is older than 20.19: installing $NODE_PACKAGE@20.20.2 from npm"
    mkdir -p "$NODE_PREFIX"
    npm install --prefix "$NODE_PREFIX" --no-save --no-audit --no-fund "$NODE_PACKAGE@20.20.2" >&2
    hash -r # bash remembered the old node's path
  fi
  node_is_recent || { say "Node.js 20.19 or later is needed (have $(node --version))"; exit 1; }
fi
command -v dotnet >/dev/null 2>&1 || { say "dotnet (.NET 10 SDK) is not on PATH"; exit 1; }
# Local tools from .config/dotnet-tools.json (dotnet-ef).
if ! out="$(dotnet tool restore 2>&1)"; then
  echo "$out" >&2
  say "dotnet tool restore failed"
  exit 1
fi

# --- 2. Services ---------------------------------------------------------------
SERVICES_STARTED=1 # set first: a half-failed start still needs a stop
"$REPO/etc/services.sh" start
eval "$("$REPO/etc/services.sh" env)"

# --- 3. Build once ---------------------------------------------------------------
if ! dotnet build "$SOLUTION" -c Release; then
  say "build failed"
  exit 1
fi
# ABP's Angular admin UI, which the browser tests drive at /angular/ (npm ci only when its lock file changed).
if ! "$REPO/etc/build-angular.sh"; then
  say "the Angular admin UI's build failed"
  exit 1
fi

# --- 4. Run the tests --------------------------------------------------------------
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
# tee keeps the output visible; its copy lets us count the test projects run.
set +e
dotnet test "$SOLUTION" -c Release --no-build --logger "trx" --results-directory "$RESULTS" "$@" \
  2>&1 | tee "$STATE/dotnet-test.log"
TEST_RC=${PIPESTATUS[0]}
set -e

# --- 5. Count ------------------------------------------------------------------------
# Sums the <Counters> of every *.trx in dir $1 (one per test project) into
# PASSED and FAILED; TRX_FILES is how many there were. A run that aborted
# (test host crash: outcome not Completed, no failures recorded) or a trx
# without counters counts as 1 failed.
attr() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2"; }
sum_trx() {
  local f counters outcome failed
  PASSED=0 FAILED=0 TRX_FILES=0
  for f in "$1"/*.trx; do
    [[ -f "$f" ]] || continue
    TRX_FILES=$((TRX_FILES + 1))
    counters="$(grep -o '<Counters [^>]*>' "$f" | head -n 1 || true)"
    outcome="$(grep -o '<ResultSummary outcome="[A-Za-z]*"' "$f" | head -n 1 | sed 's/.*="\(.*\)"/\1/' || true)"
    if [[ -z "$counters" ]]; then
      FAILED=$((FAILED + 1))
      continue
    fi
    failed=$(($(attr failed "$counters") + $(attr error "$counters") + $(attr timeout "$counters") + $(attr aborted "$counters")))
    case "$outcome" in
      Completed | Passed | Warning) ;;
      *) ((failed > 0)) || failed=1 ;; # Failed/Aborted/Error with nothing failed: the host crashed
    esac
    PASSED=$((PASSED + $(attr passed "$counters")))
    FAILED=$((FAILED + failed))
  done
}

sum_trx "$RESULTS"
# A test project that produced no trx at all still counts as failed.
PROJECTS_RUN="$(grep -c 'Test run for .*\.dll' "$STATE/dotnet-test.log" || true)"
if ((PROJECTS_RUN > TRX_FILES)); then
  say "$((PROJECTS_RUN - TRX_FILES)) test project(s) left no results"
  FAILED=$((FAILED + PROJECTS_RUN - TRX_FILES))
fi
if ((TEST_RC != 0 && FAILED == 0)); then
  say "dotnet test exited with $TEST_RC but no failed test was recorded"
  FAILED=1
fi

SUMMARY="$PASSED passed, $FAILED failed"
((FAILED == 0 && PASSED > 0)) # exit status; on_exit prints the summary
