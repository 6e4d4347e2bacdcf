#!/usr/bin/env bash
# Install the Debian packages the app and its tests need, when they are missing and we can.
# Usage: scripts/system-packages.sh run|test
#   run:  fonts and the HarfBuzz subsetter that badges need
#   test: the same, plus Chromium (browser tests) and poppler-utils (PDF checks)
set -u
want=(fonts-noto-core fonts-noto-cjk libharfbuzz-subset0)
[ "${1:-run}" = test ] && want+=(chromium poppler-utils)

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    echo "Installing system packages: ${missing[*]}"
    if $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; then
      exit 0
    fi
  fi
fi

cat >&2 <<MSG
Some system packages are missing and could not be installed automatically: ${missing[*]}
Install them yourself, then run the command again:
  Debian/Ubuntu:  sudo apt-get install ${missing[*]}
Without the Noto fonts, badges show empty boxes for many scripts; without libharfbuzz-subset0,
badge PDFs render several times slower; without chromium, the browser tests cannot run.
MSG
[ "${1:-run}" = test ] && exit 1
exit 0
