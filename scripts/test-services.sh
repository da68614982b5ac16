#!/usr/bin/env bash
# Services the full test suite needs on a CI machine: Debian's PostgreSQL (for the ledger's
# PostgreSQL tests) and Chromium (for the web app's browser tests). Installs what is
# missing, starts PostgreSQL on loopback and prints the DSN to export as CLAIMTRACE_TEST_PG.
# Needs root (CI runs as root); prints nothing else on stdout.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} from Debian's packages" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
  pg_createcluster "$version" main >&2
fi
cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
port=$(pg_lsclusters -h | head -1 | awk '{print $3}')
pg_ctlcluster $cluster start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname='claimtrace'\"" | grep -q 1 \
  || su postgres -c "psql -q -p $port -c \"CREATE ROLE claimtrace LOGIN SUPERUSER PASSWORD 'claimtrace'\"" >&2
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_database WHERE datname='claimtrace_test'\"" | grep -q 1 \
  || su postgres -c "createdb -p $port -O claimtrace claimtrace_test" >&2
echo "postgresql://claimtrace:claimtrace@127.0.0.1:$port/claimtrace_test"
