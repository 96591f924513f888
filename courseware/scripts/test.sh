#!/usr/bin/env bash
# `make test`: a real Redis (the one that answers, or one started here for the run), then
# pytest on PostgreSQL when DATABASE_URL points at one, SQLite otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE=courseware.settings.test
mkdir -p var test-artifacts

if ! $PY -m courseware.scripts.ping_redis "redis://127.0.0.1:6379/0"; then
  echo "No Redis answers on 127.0.0.1:6379: starting one for the tests"
  mkdir -p var/redis-test
  redis-server --bind 127.0.0.1 --port 6379 --dir "$(pwd)/var/redis-test" --save "" \
    --appendonly no --daemonize yes --pidfile "$(pwd)/var/redis-test/redis.pid" >/dev/null
  trap 'kill "$(cat var/redis-test/redis.pid)" 2>/dev/null || true' EXIT
  for _ in $(seq 50); do $PY -m courseware.scripts.ping_redis && break; sleep 0.1; done
fi
echo "Database: ${DATABASE_URL:-SQLite (var/test.sqlite3)}"
$PY -m pytest "$@"
