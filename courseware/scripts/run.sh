#!/usr/bin/env bash
# `make run`: migrate, load the course, create the demo accounts, then run web + worker + beat
# (and Redis when none answers) under honcho; worker and beat are started again when they die.
# Ctrl-C stops them all. Data stays in var/.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8000}
PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-courseware.settings.local}
VAR=${KOBAI_VAR_DIR:-var}
mkdir -p "$VAR"

exec 9>"$VAR/run.lock"
if ! flock -n 9; then
  echo "make run: Kōbai is already running with this data folder ($VAR/run.lock is held)." >&2
  echo "Stop the other one with Ctrl-C in its terminal, or open http://127.0.0.1:${PORT}/" >&2
  exit 1
fi
if ! $PY - "$PORT" <<'PYEOF'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
PYEOF
then
  echo "make run: port ${PORT} on 127.0.0.1 is taken by another program. Free it or choose another: PORT=8001 make run" >&2
  exit 1
fi

broker=${CELERY_BROKER_URL:-redis://127.0.0.1:6379/0}
redis_line=""
if $PY -m courseware.scripts.ping_redis "$broker"; then
  echo "Using the Redis that answers at ${broker}"
elif [ "$broker" = "redis://127.0.0.1:6379/0" ]; then
  if ! command -v redis-server >/dev/null; then
    echo "make run: no Redis answers at 127.0.0.1:6379 and redis-server is not installed." >&2
    echo "Install it: sudo apt-get install -y redis-server" >&2
    exit 1
  fi
  mkdir -p "$VAR/redis"
  echo "Starting Kōbai's own Redis on 127.0.0.1:6379 (data in $VAR/redis)"
  redis_line="redis: exec redis-server --bind 127.0.0.1 --port 6379 --dir $(realpath "$VAR")/redis --appendonly yes --save 60 1 9>&-"
else
  echo "make run: the broker ${broker} does not answer. Start it, or unset CELERY_BROKER_URL." >&2
  exit 1
fi

$PY manage.py migrate --noinput -v0
$PY manage.py collectstatic --noinput -v0
$PY manage.py sync_content
$PY manage.py seed_demo

{
  [ -n "$redis_line" ] && echo "$redis_line"
  echo "web: exec .venv/bin/gunicorn courseware.wsgi --bind 127.0.0.1:${PORT} --workers 2 --threads 4 --access-logfile - 9>&-"
  # A worker with a GPU also takes the GPU queue; every worker takes the sweeper's queue. Beat (the
  # sweeper's schedule) is a process of its own. keep_running waits on each one's main process and
  # starts it again when it dies (honcho alone would not notice while its children held the pipe);
  # after too many deaths it exits, and honcho stops everything.
  queues=grade-cpu,${GRADER_TRY_QUEUE:-grade-try},${GRADER_SWEEP_QUEUE:-grade-sweep}
  if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then queues=grade-gpu,$queues; fi
  keep=".venv/bin/python -m courseware.scripts.keep_running"
  echo "worker: exec $keep --name worker -- .venv/bin/celery -A courseware worker --queues $queues --concurrency 1 --hostname cpu@%h --loglevel INFO 9>&-"
  echo "beat: exec $keep --name beat -- .venv/bin/celery -A courseware beat --schedule $(realpath "$VAR")/celerybeat-schedule --loglevel INFO 9>&-"
} > "$VAR/Procfile"

echo
echo "  Kōbai is starting on http://127.0.0.1:${PORT}/   (Ctrl-C stops everything)"
echo
# Not exec: honcho answers Ctrl-C by stopping everything and exiting 130, which make would print as
# "Error 130". A stop asked for with Ctrl-C is a clean stop; anything else keeps honcho's status.
interrupted=""
trap 'interrupted=1' INT
status=0
.venv/bin/honcho -f "$VAR/Procfile" -d . start || status=$?
if [ -n "$interrupted" ] || [ "$status" -eq 130 ]; then
  echo "Kōbai stopped. Your data is kept in $VAR/; \`make run\` starts it again."
  exit 0
fi
exit "$status"
