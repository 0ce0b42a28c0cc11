#!/usr/bin/env bash
# Installs the Debian packages Eyelevel needs to build, run and test. As root it runs apt-get;
# otherwise it prints the exact command and fails, so nothing is silently missing.
set -euo pipefail

packages=(
  # build
  build-essential pkg-config libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev
  libjavascriptcoregtk-4.1-dev libdbus-1-dev librsvg2-dev libayatana-appindicator3-dev
  # run and test: a window, a keyring, a notification server, a browser, screenshots
  xvfb xauth dbus-x11 webkit2gtk-driver gnome-keyring libsecret-tools dunst libnotify-bin
  imagemagick chromium fonts-dejavu-core python3 python3-xlib python3-gi
  # e2e: answering the system file dialog (GTK) the way a person does
  xdotool
  # interop tests: a venv for the pinned Python icalendar (pip comes from ensurepip)
  python3-venv
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "Eyelevel needs these Debian packages. Please run:" >&2
  echo "  sudo apt-get update && sudo $line" >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
