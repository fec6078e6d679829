#!/usr/bin/env bash
# System libraries Qt needs (a bare Debian lacks even libGL.so.1) and a CJK font.
# Installs what is missing with apt-get when run as root (or with sudo); otherwise says what to install.
set -u
pkgs="libgl1 libegl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libxrender1 libxi6 fonts-noto-cjk $*"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "jmdesk: please install these system packages:$missing" >&2; exit 0; fi
if ! command -v apt-get >/dev/null; then echo "jmdesk: not a Debian/Ubuntu system; install the equivalents of:$missing" >&2; exit 0; fi
echo "installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
