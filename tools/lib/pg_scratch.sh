# A throwaway PostgreSQL server for tests and benchmarks, sourced by bash scripts:
#   . tools/lib/pg_scratch.sh; pg_scratch_start; ...   (stopped on exit)
# pg_scratch_start returns 2 when the server binaries are missing, 1 when the server fails.
# initdb and pg_ctl run in a temporary directory, as the postgres (else nobody) user when the
# caller is root. Sets PG_SERVER (postgresql://fc:secret@127.0.0.1:PORT, no database),
# PG_BIN and PG_PORT; pg_scratch_psql URI ARGS... runs psql. Needs the Debian package postgresql.
pg_scratch_start() {
  PG_BIN=$(pg_config --bindir 2>/dev/null || true)
  [ -x "$PG_BIN/initdb" ] || PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ ! -x "${PG_BIN:-}/initdb" ]; then
    echo "PostgreSQL server binaries not found (Debian package postgresql)" >&2
    return 2
  fi
  PG_DIR=$(mktemp -d)
  chmod 755 "$PG_DIR"
  PG_AS=()
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    id -u postgres >/dev/null 2>&1 || user=nobody
    chown "$user" "$PG_DIR"
    PG_AS=(setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups)
  fi
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  trap pg_scratch_stop EXIT
  printf 'secret\n' >"$PG_DIR/pw"
  chmod 644 "$PG_DIR/pw"
  if ! "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U fc --pwfile="$PG_DIR/pw" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1; then
    cat "$PG_DIR/initdb.log" >&2
    return 1
  fi
  if ! "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off" start >/dev/null; then
    cat "$PG_DIR/server.log" >&2
    return 1
  fi
  PG_SERVER="postgresql://fc:secret@127.0.0.1:$PG_PORT"
  export PGCONNECT_TIMEOUT=10
}

pg_scratch_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
  PG_DIR=
}

pg_scratch_psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
