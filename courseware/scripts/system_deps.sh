#!/usr/bin/env bash
# Install the system packages Kōbai needs (Debian/Ubuntu), or say exactly what is missing.
#   system_deps.sh run    what `make run` needs: redis-server, bubblewrap
#   system_deps.sh test   plus what `make test` needs: chromium, fonts-noto-cjk, nodejs/npm, gettext,
#                         iproute2 (a second worker host in its own network namespace)
set -euo pipefail
mode=${1:-run}

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
if [ "$mode" = test ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  # grep reads the whole list (no -q): under pipefail, grep -q leaving early made fc-list die
  # of SIGPIPE (exit 141) and the fonts look missing.
  fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)
  command -v ip >/dev/null 2>&1 || need+=(iproute2)
  command -v npm >/dev/null 2>&1 || need+=(npm)
  command -v xgettext >/dev/null 2>&1 || need+=(gettext)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  exit 0
fi
echo "Kōbai needs these system packages, which are not installed: ${need[*]}" >&2
echo "Install them with:  sudo apt-get install -y ${need[*]}" >&2
exit 1
