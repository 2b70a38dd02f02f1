#!/usr/bin/env bash
# The README's two commands in one script, and the fuzz run of .ci/run:
#   packaging/setup.sh run   install dependencies, build, open the app on the local demo fleet
#   packaging/setup.sh test  install dependencies, build, run the whole test suite
#   packaging/setup.sh fuzz  install dependencies, clang and libFuzzer, build the fuzzers
#                            (preset fuzz), run each for FUZZ_SECONDS (default 60)
# All are idempotent: packages already installed are skipped and builds are incremental.
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
    qt6-translations-l10n
    desktop-file-utils appstream lintian file procps curl time
)

# The packages above and any given as arguments.
install_packages() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Everything, or only the given targets (run needs the three programs, not the tests).
build() {
    cmake --preset "$preset" >/dev/null
    local targets=()
    [ $# -eq 0 ] || targets=(--target "$@")
    cmake --build --preset "$preset" -j "$jobs" "${targets[@]}"
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

# libFuzzer comes with compiler-rt, packaged per clang version (libclang-rt-14-dev on
# Debian 12, libclang-rt-18-dev on Ubuntu 24.04): take the one of the clang installed.
install_fuzz_packages() {
    install_packages clang
    local major
    major=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
    [ -n "$major" ] || { echo "cannot tell the version of clang: $(clang --version | head -n 1)" >&2; exit 1; }
    install_packages "libclang-rt-$major-dev"
}

# Each fuzzer is a CTest test that runs for IOTAAP_FUZZ_SECONDS; new inputs go to the
# build tree (tests/fuzz/CMakeLists.txt), never into tests/fuzz/corpus.
run_fuzzers() {
    cmake --preset fuzz -DIOTAAP_FUZZ_SECONDS="${FUZZ_SECONDS:-60}" >/dev/null
    cmake --build --preset fuzz -j "$jobs" --target fuzzers
    ctest --preset fuzz "$@"
}

case "${1:-}" in
    run)  shift; install_packages; build iotaap-ota-manager iotaap-ota iotaap-ota-sandbox; run_app "$@" ;;
    test) shift; install_packages; build; run_tests "$@" ;;
    deps) install_packages ;;
    build) install_packages; build ;;
    fuzz) shift; install_fuzz_packages; run_fuzzers "$@" ;;
    *) echo "usage: $0 run|test|build|deps|fuzz" >&2; exit 2 ;;
esac
