#!/usr/bin/env bash
# Install the Debian libraries Qt needs, if any are missing.
#   ensure-debian-libs.sh run   -> what the offscreen/desktop app needs
#   ensure-debian-libs.sh test  -> plus Xvfb + xcb (real-window test) and poppler (PDF checks)
# As root it installs them with apt-get; otherwise it prints the exact command and fails.
set -euo pipefail

RUN_PKGS="libegl1 libgl1 libopengl0 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core \
libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 \
libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1 libxcb-shm0 libxkbcommon-x11-0"
TEST_PKGS="xvfb xauth poppler-utils"

want="$RUN_PKGS"
[ "${1:-run}" = "test" ] && want="$RUN_PKGS $TEST_PKGS"

missing=""
for p in $want; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = "0" ]; then
  echo "Installing missing Debian libraries:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  # shellcheck disable=SC2086
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "thermoviz needs these Debian libraries, which are missing:$missing" >&2
  echo "Install them with:  sudo apt-get update && sudo $cmd" >&2
  exit 1
fi
