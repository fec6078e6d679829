#!/usr/bin/env bash
# Build jmdesk for Linux from a clean clone:
#   dist/jmdesk/jmdesk                 one-folder PyInstaller application (window by default, every command)
#   dist/jmdesk_<version>_<arch>.deb   Debian package: /opt/jmdesk, /usr/bin/jmdesk, desktop entry, icons
#
#   bash packaging/build.sh                      # builds in its own venv, build/venv
#   BUILD_VENV=.venv bash packaging/build.sh     # reuses an existing venv (jmdesk stays installed editable)
#   bash packaging/build.sh --no-deb             # the folder only
#
# The packaged executable must pass `jmdesk --self-test` (run with an empty environment, no Python on
# PATH), or the build fails. Needs python3 >= 3.11 with venv, dpkg-deb, and the system libraries Qt
# needs (scripts/system-deps.sh installs them).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
MAKE_DEB=1
for arg in "$@"; do
  case "$arg" in
    --no-deb) MAKE_DEB=0 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

# One build at a time in this tree: two builds writing dist/ and build/deb/ at once break each other.
mkdir -p build
exec 9>build/.build.lock
if ! flock -n 9; then
  echo "build.sh: another build of this tree is running; waiting for it" >&2
  flock 9
fi

PYTHON=${PYTHON:-python3}
VENV=${BUILD_VENV:-$ROOT/build/venv}
case "$VENV" in /*) ;; *) VENV="$ROOT/$VENV" ;; esac
say() { printf '\n== %s\n' "$*"; }

VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
say "jmdesk $VERSION: build environment $VENV"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
# Editable, so that a reused development venv keeps pointing at this tree; the spec reads the source
# tree first anyway (pathex), never an older installed copy.
"$VENV/bin/python" -m pip install -q -e ".[package]"

say "PyInstaller: dist/jmdesk/"
rm -rf dist/jmdesk
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/jmdesk.spec
EXE=dist/jmdesk/jmdesk
[ -x "$EXE" ] || { echo "build.sh: $EXE was not built" >&2; exit 1; }

say "checks on the packaged executable (empty environment, no Python on PATH)"
BARE=(env -i HOME="$ROOT/build/home" QT_QPA_PLATFORM=offscreen)   # no PATH at all
mkdir -p build/home
got=$("${BARE[@]}" "$EXE" --version)
[ "$got" = "jmdesk $VERSION" ] || { echo "build.sh: --version says '$got', pyproject.toml says $VERSION" >&2; exit 1; }
echo "version: $got"
"${BARE[@]}" "$EXE" --self-test || { echo "build.sh: the packaged self-test failed" >&2; exit 1; }
echo "unpacked size: $(du -sh dist/jmdesk | cut -f1)"

[ "$MAKE_DEB" = 1 ] || exit 0

say "Debian package"
ARCH=$(dpkg --print-architecture)
DEB_VERSION=$(printf '%s' "$VERSION" | sed -E 's/(a|b|rc|\.dev)([0-9]+)$/~\1\2/')   # 1.0rc1 -> 1.0~rc1
STAGE=build/deb/jmdesk_${DEB_VERSION}_${ARCH}
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/jmdesk"
cp -a dist/jmdesk "$STAGE/opt/jmdesk"
ln -s /opt/jmdesk/jmdesk "$STAGE/usr/bin/jmdesk"
install -m 644 packaging/linux/jmdesk.desktop "$STAGE/usr/share/applications/jmdesk.desktop"
install -m 644 packaging/linux/copyright "$STAGE/usr/share/doc/jmdesk/copyright"
install -m 644 resources/icons/jmdesk.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/jmdesk.svg"
# PNG sizes, rendered from the SVG by the spec (packaging/render_icons.py, Qt's SVG renderer)
for png in build/pyinstaller/jmdesk/icons/jmdesk-*.png; do
  size=$(basename "$png" .png); size=${size#jmdesk-}
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/jmdesk.png"
done

# What the bundled Qt loads from the system (packaging/bundle_rules.py leaves these out of the bundle,
# so that they match the system's graphics drivers and font set-up), and a font with Chinese glyphs.
DEPENDS="libc6 (>= 2.28), libstdc++6, libgcc-s1, zlib1g, libgl1, libegl1, libopengl0, libfontconfig1, libfreetype6,
 libdbus-1-3, libglib2.0-0, libx11-6, libx11-xcb1, libxkbcommon0, libxkbcommon-x11-0, libxcb1, libxcb-cursor0,
 libxcb-glx0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0,
 libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1,
 fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: jmdesk
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: jmdesk <jmdesk@localhost>
Section: text
Priority: optional
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: $(echo $DEPENDS)
Description: compare government work reports, offline
 jmdesk reads government work reports (PDF, Word, web pages, OCR'd newspaper
 pages), repairs them, lines two reports up section by section, highlights
 changed wording and figures, charts figures across years and exports
 HTML/XLSX/PNG. Run "jmdesk" for the window, "jmdesk --help" for the commands.
EOF
# No self-test here: the build ran it; an install must not depend on a screen or take time.
cat > "$STAGE/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
fi
exit 0
EOF
cp "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
sed -i 's/if \[ "$1" = configure \]; then/if [ "$1" = remove ] || [ "$1" = purge ]; then/' "$STAGE/DEBIAN/postrm"
chmod 755 "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"

DEB=dist/jmdesk_${DEB_VERSION}_${ARCH}.deb
dpkg-deb --root-owner-group -Zxz -z2 --build "$STAGE" "$DEB" >/dev/null
echo "built $DEB ($(du -h "$DEB" | cut -f1)); unpacked folder $(du -sh dist/jmdesk | cut -f1)"
