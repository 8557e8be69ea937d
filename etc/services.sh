#!/usr/bin/env bash
# Throwaway services for the test suite: a private MariaDB and an SMTP sink,
# both on 127.0.0.1, all state under $REPO/.test-services/ (wiped on start).
#
#   etc/services.sh start   kill leftovers of a previous run, wipe state, start both, wait until ready
#   etc/services.sh stop    stop both (safe to call when nothing runs)
#   etc/services.sh env     print `export` lines for the tests (eval them)
#
# No systemd is assumed: the daemons are started directly as child processes.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="$REPO/.test-services"
MYSQL_PORT="${HUMANITARIAN_TEST_MYSQL_PORT:-3307}"
SMTP_PORT="${HUMANITARIAN_TEST_SMTP_PORT:-2525}"
DB_USER=humanitarian
DB_PASSWORD=Humanitarian-Test-1
# Debian puts mariadbd in /usr/sbin, which is not on every PATH.
PATH="$PATH:/usr/sbin:/sbin"

log() { echo "services: $*" >&2; }
die() { log "$*"; exit 1; }

# True if something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Pid from file $1 if that process is still the service named $2 (the pid
# may have been reused since a crashed run); empty otherwise.
live_pid() {
  local pid
  [[ -f "$1" ]] || return 0
  pid="$(cat "$1")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q -- "$2"; then
    echo "$pid"
  fi
}

stop() {
  [[ -d "$STATE" ]] || return 0
  local pids pid i
  pids="$(live_pid "$STATE/smtp.pid" aiosmtpd) $(live_pid "$STATE/mariadb.pid" mariadbd)"
  for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
  # MariaDB flushes InnoDB on shutdown; give both time before forcing.
  for pid in $pids; do
    for ((i = 0; i < 300; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "pid $pid did not stop in 30 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    # Reap it if it is our own child (start then stop in one shell).
    wait "$pid" 2>/dev/null || true
  done
  rm -f "$STATE/smtp.pid" "$STATE/mariadb.pid"
  # A datadir outside the repo (see start_mariadb) is ours to delete.
  if [[ -f "$STATE/mariadb.tmpdir" ]]; then
    local tmp
    tmp="$(cat "$STATE/mariadb.tmpdir")"
    [[ "$tmp" == /tmp/humanitarian-mariadb.* ]] && rm -rf "$tmp"
    rm -f "$STATE/mariadb.tmpdir"
  fi
}

start_mariadb() {
  local dir="$STATE/mariadb" user_opt=() i
  mkdir -p "$dir"
  if [[ $EUID -eq 0 ]]; then
    # mariadbd refuses to run as root: it drops to the mysql user, which must
    # be able to reach the datadir. If it cannot traverse the repo path (or
    # the socket path would exceed the ~107-byte limit), use a dir in /tmp.
    user_opt=(--user=mysql)
    chown mysql:mysql "$dir"
    if ! runuser -u mysql -- test -w "$dir" || ((${#dir} > 90)); then
      dir="$(mktemp -d /tmp/humanitarian-mariadb.XXXXXX)"
      echo "$dir" >"$STATE/mariadb.tmpdir"
      chown mysql:mysql "$dir"
    fi
  elif ((${#dir} > 90)); then
    dir="$(mktemp -d /tmp/humanitarian-mariadb.XXXXXX)"
    echo "$dir" >"$STATE/mariadb.tmpdir"
  fi
  SOCKET="$dir/mysqld.sock"

  # --no-defaults must come first: never read /etc/mysql or ~/.my.cnf.
  # "normal" auth: root@localhost may log in over the socket without a password.
  mariadb-install-db --no-defaults "${user_opt[@]}" --datadir="$dir/data" \
    --auth-root-authentication-method=normal --skip-test-db \
    >"$STATE/mariadb-install.log" 2>&1 \
    || { cat "$STATE/mariadb-install.log" >&2; die "mariadb-install-db failed"; }

  # Buffer pool and connection limits sized for parallel test projects;
  # flush-log-at-trx-commit=2 trades crash safety (irrelevant here) for speed.
  mariadbd --no-defaults "${user_opt[@]}" --datadir="$dir/data" --socket="$SOCKET" \
    --port="$MYSQL_PORT" --bind-address=127.0.0.1 --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --skip-log-bin --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 \
    --max-connections=1000 --pid-file="$dir/mysqld.pid" \
    </dev/null >"$STATE/mariadb.log" 2>&1 &
  echo $! >"$STATE/mariadb.pid"

  for ((i = 0; i < 300; i++)); do
    mariadb-admin --no-defaults --socket="$SOCKET" -u root ping >/dev/null 2>&1 && break
    kill -0 "$(cat "$STATE/mariadb.pid")" 2>/dev/null \
      || { tail -n 30 "$STATE/mariadb.log" >&2; die "mariadbd exited during startup"; }
    sleep 0.1
  done
  ((i < 300)) || { tail -n 30 "$STATE/mariadb.log" >&2; die "mariadbd not ready after 30 s"; }

  # Tests create and drop their own databases, hence ALL ON *.*.
  mariadb --no-defaults --socket="$SOCKET" -u root <<SQL
CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON *.* TO '$DB_USER'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL ON *.* TO '$DB_USER'@'localhost' WITH GRANT OPTION;
SQL
  log "MariaDB $(mariadbd --version | awk '{print $3}') on 127.0.0.1:$MYSQL_PORT (socket $SOCKET)"
}

start_smtp() {
  local maildir="$STATE/maildir" i
  # aiosmtpd's Mailbox handler stores each mail as a file in a Maildir (new/).
  mkdir -p "$maildir"/{cur,new,tmp}
  # /usr/bin/python3 on purpose: the python3 first on PATH may lack aiosmtpd.
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" \
    -c aiosmtpd.handlers.Mailbox "$maildir" \
    </dev/null >"$STATE/smtp.log" 2>&1 &
  echo $! >"$STATE/smtp.pid"

  for ((i = 0; i < 100; i++)); do
    port_open "$SMTP_PORT" && break
    kill -0 "$(cat "$STATE/smtp.pid")" 2>/dev/null \
      || { cat "$STATE/smtp.log" >&2; die "aiosmtpd exited during startup"; }
    sleep 0.1
  done
  ((i < 100)) || { cat "$STATE/smtp.log" >&2; die "aiosmtpd not listening after 10 s"; }
  log "SMTP sink on 127.0.0.1:$SMTP_PORT, mail in $maildir/new"
}

# A double-quoted shell word, safe to eval.
quote() { local s="${1//\\/\\\\}"; s="${s//\"/\\\"}"; s="${s//\$/\\\$}"; s="${s//\`/\\\`}"; printf '"%s"' "$s"; }

write_env() {
  {
    echo "export HUMANITARIAN_TEST_MYSQL=$(quote "Server=127.0.0.1;Port=$MYSQL_PORT;User ID=$DB_USER;Password=$DB_PASSWORD")"
    echo "export HUMANITARIAN_TEST_SMTP_HOST=127.0.0.1"
    echo "export HUMANITARIAN_TEST_SMTP_PORT=$SMTP_PORT"
    echo "export HUMANITARIAN_TEST_SMTP_MAILDIR=$(quote "$STATE/maildir")"
    echo "export HUMANITARIAN_TEST_CHROMIUM=/usr/bin/chromium"
  } >"$STATE/env"
}

start() {
  stop # leftovers of a previous run, found through its pid files
  rm -rf "$STATE"
  mkdir -p "$STATE"
  port_open "$MYSQL_PORT" && die "port $MYSQL_PORT is already in use (set HUMANITARIAN_TEST_MYSQL_PORT)"
  port_open "$SMTP_PORT" && die "port $SMTP_PORT is already in use (set HUMANITARIAN_TEST_SMTP_PORT)"
  # Do not leave half-started daemons behind if the other one fails.
  trap 'stop' EXIT
  start_mariadb
  start_smtp
  trap - EXIT
  write_env
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env)
    [[ -f "$STATE/env" ]] || die "services not started (run: etc/services.sh start)"
    cat "$STATE/env"
    ;;
  *) die "usage: $0 start|stop|env" ;;
esac
