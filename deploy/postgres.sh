#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 (the local cluster's and CI's database server): when none
# does, starts the Debian clusters found under /etc/postgresql, installing PostgreSQL from Debian's packages first if
# it is missing (root only), and gives the postgres user the password 'postgres' for TCP logins (local use only).
#
#   deploy/postgres.sh ensure          start it if needed and wait until it answers
#   deploy/postgres.sh recreate NAME   ensure, then drop and create the database NAME
#   deploy/postgres.sh create NAME     ensure, then create the database NAME unless it exists
#   deploy/postgres.sh drop NAME       drop the database NAME if it exists
set -euo pipefail

export PGPASSWORD="${PGPASSWORD:-postgres}"
pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 "$@"; }

ensure() {
  if command -v pg_isready >/dev/null 2>&1 && pg_up; then
    return 0
  fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "PostgreSQL not found: installing it from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  fi
  for version in $(ls /etc/postgresql); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  pg_up || { echo "PostgreSQL did not start on 127.0.0.1:5432" >&2; exit 1; }
  # A fresh Debian cluster wants a password over TCP; give postgres a known one (local use only).
  su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null 2>&1 || true
}

valid_name() { [[ "$1" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || { echo "not a database name: $1" >&2; exit 2; }; }

case "${1:-}" in
  ensure) ensure ;;
  recreate)
    valid_name "${2:-}"; ensure
    psql_admin -c "DROP DATABASE IF EXISTS $2" -c "CREATE DATABASE $2" ;;
  create)
    valid_name "${2:-}"; ensure
    if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$2'")" != "1" ]]; then
      psql_admin -c "CREATE DATABASE $2"
    fi ;;
  drop)
    valid_name "${2:-}"; ensure
    psql_admin -c "DROP DATABASE IF EXISTS $2" ;;
  *) echo "usage: $0 ensure | recreate NAME | create NAME | drop NAME" >&2; exit 2 ;;
esac
