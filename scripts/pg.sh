#!/usr/bin/env bash
# pg.sh, sourced by test.sh and bench.sh: pg_start starts a throwaway
# PostgreSQL 15 (Debian's package, installed by setup.sh) on a temporary
# data directory, owned by the postgres user when run as root, listening
# on 127.0.0.1 and a socket in that directory only, and exports
# BACKCHANNEL_TEST_POSTGRES with its URL; pg_stop stops it and removes it.
# The class server's tests create their own databases in it.

pg_bin=/usr/lib/postgresql/15/bin
pg_dir=""

pg_start() {
  if [[ -n ${BACKCHANNEL_TEST_POSTGRES:-} ]]; then return 0; fi
  if [[ ! -x $pg_bin/initdb ]]; then
    echo "pg: PostgreSQL 15 is missing (scripts/setup.sh installs it)" >&2
    return 1
  fi
  pg_dir=$(mktemp -d /tmp/backchannel-pg.XXXXXX)
  local as=()
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$pg_dir"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres --no-sync -E UTF8 >"$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log" >&2; return 1; }
  local port
  for port in $(shuf -i 20000-29999 -n 20); do
    # fsync off: the tests kill the class server, never PostgreSQL or the machine.
    if "${as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
      -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null 2>&1; then
      export BACKCHANNEL_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
      echo "pg: PostgreSQL 15 on 127.0.0.1:$port ($pg_dir)"
      return 0
    fi
  done
  echo "pg: PostgreSQL did not start:" >&2
  tail -n 20 "$pg_dir/server.log" >&2
  return 1
}

pg_stop() {
  [[ -n $pg_dir && -d $pg_dir/data ]] || return 0
  local as=()
  [[ $(id -u) -eq 0 ]] && as=(runuser -u postgres --)
  "${as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
  pg_dir=""
  unset BACKCHANNEL_TEST_POSTGRES
}
