#!/usr/bin/env bash
# Regenerate the app's translations: collect the strings of jmdesk/ui into the .ts files
# (existing translations are kept; edit them in Qt Linguist or by hand), then compile .qm.
#   usage: resources/translations/update.sh        (from the repository root)
# To add a language: copy jmdesk_zh_CN.ts to jmdesk_<lang>.ts, set its language attribute,
# translate, and run this script.
set -eu
cd "$(dirname "$0")/../.."
bin=.venv/bin
sources=$(find jmdesk/ui -name '*.py' | sort)
for ts in resources/translations/jmdesk_*.ts; do
  "$bin/pyside6-lupdate" -no-obsolete $sources -ts "$ts"
  "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
