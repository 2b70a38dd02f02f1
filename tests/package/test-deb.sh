#!/usr/bin/env bash
# Builds the .deb from a configured build folder, checks it with lintian,
# installs it with apt-get, runs the installed programs, removes it and checks
# that nothing is left behind. It changes the system, so it runs only as root
# (a developer's container or CI); elsewhere it reports itself skipped (77).
set -euo pipefail
build_dir=$1
package=iotaap-ota-manager

if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: installing a package needs root"
    exit 77
fi
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    echo "skipped: $package is already installed on this machine; not touching it"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"; apt-get remove -y -qq --purge "$package" >/dev/null 2>&1 || true' EXIT

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work" >/dev/null
deb=$(ls "$work"/*.deb)
echo "built $(basename "$deb")"

# lintian: no errors and no warnings (informational tags are fine).
lintian --no-tag-display-limit --suppress-tags-from-file /dev/null "$deb" > "$work/lintian.txt" 2>&1 || true
if grep -E '^(E|W): ' "$work/lintian.txt"; then
    echo "FAIL: lintian reports errors or warnings"
    exit 1
fi

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' > "$work/files.txt"

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
for f in $(cat "$work/files.txt"); do
    [ -e "$f" ] || { echo "FAIL: $f is not installed"; exit 1; }
done

/usr/bin/iotaap-ota --version
/usr/bin/iotaap-ota-sandbox --version
desktop-file-validate /usr/share/applications/io.iotaap.OtaManager.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.iotaap.OtaManager.metainfo.xml >/dev/null

export QT_QPA_PLATFORM=offscreen
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
timeout 60 /usr/bin/iotaap-ota-manager --demo --quit-after-load
echo "the installed app showed the demo fleet"

apt-get remove -y -qq --purge "$package" >/dev/null
for f in $(cat "$work/files.txt"); do
    [ ! -e "$f" ] || { echo "FAIL: $f is left behind after removal"; exit 1; }
done
if pgrep -f '^/usr/bin/iotaap-ota-sandbox' >/dev/null; then
    echo "FAIL: a sandbox server outlived the app"
    exit 1
fi
echo "installed, ran and removed cleanly"
