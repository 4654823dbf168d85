#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the store's tests and runs a command with HKD_TEST_DATABASE_URL pointing
# at it; the cluster and its folder are removed afterwards, whatever the command's outcome.
#   bash scripts/postgres-test.sh npx vitest run --project store
# Needs Debian's postgresql package (binaries in /usr/lib/postgresql/<version>/bin). PostgreSQL refuses to run as
# root, so as root the cluster runs as the `postgres` user.
set -euo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL ontbreekt: apt-get install postgresql" >&2
  exit 1
fi

map="$(mktemp -d -t hkd-pg.XXXXXX)"
als=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$map"
  als=(runuser -u postgres --)
fi
poort="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

stop() {
  "${als[@]}" "$bin/pg_ctl" -D "$map/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$map"
}
trap stop EXIT

"${als[@]}" "$bin/initdb" -D "$map/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null
"${als[@]}" "$bin/pg_ctl" -D "$map/data" -l "$map/log" -w \
  -o "-p $poort -k $map -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >/dev/null
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') voor de tests op 127.0.0.1:$poort"

export HKD_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$poort/postgres"
status=0
"$@" || status=$?
exit "$status"
