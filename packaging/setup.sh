#!/usr/bin/env bash
# The README's two commands in one script:
#   packaging/setup.sh run   install dependencies, build, open the app on the local demo fleet
#   packaging/setup.sh test  install dependencies, build, run the whole test suite
# Both are idempotent: packages already installed are skipped and builds are incremental.
# PRESET=sanitize selects the ASan+UBSan build (used by .ci/run).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
preset=${PRESET:-default}
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6svg6 libcpp-httplib-dev libssl-dev
    gnome-keyring dbus-daemon dbus-bin dbus-x11 libsecret-tools xvfb xauth
    desktop-file-utils appstream lintian file procps
)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
}

bin_dir() { echo "$here/build/$preset/bin"; }

run_app() {
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: run it under a virtual one, e.g. xvfb-run -a $(bin_dir)/iotaap-ota-manager --demo"
        exit 1
    fi
    exec "$(bin_dir)/iotaap-ota-manager" --demo "$@"
}

run_tests() {
    ctest --preset "$preset" "$@"
}

case "${1:-}" in
    run)  shift; install_packages; build; run_app "$@" ;;
    test) shift; install_packages; build; run_tests "$@" ;;
    deps) install_packages ;;
    build) install_packages; build ;;
    *) echo "usage: $0 run|test|build|deps" >&2; exit 2 ;;
esac
