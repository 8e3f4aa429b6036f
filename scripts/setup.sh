#!/usr/bin/env bash
# setup.sh installs what the test tiers need on a fresh Debian machine:
# cgo headers for ebiten, Xvfb and xdotool for the window tests, Chromium for
# the browser tests, PostgreSQL 15 for the class server's tests. It is
# idempotent and quick when everything is present.
set -euo pipefail

pkgs=(gcc pkg-config libgl1-mesa-dev libxcursor-dev libxi-dev libxinerama-dev
      libxrandr-dev libxxf86vm-dev libasound2-dev xvfb xauth xdotool chromium brotli
      postgresql-15)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
