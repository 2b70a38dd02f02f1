#!/bin/sh
# Runs a keychain test program against a private D-Bus session, never the
# caller's: a throwaway HOME and XDG_RUNTIME_DIR, no display (with DISPLAY set
# and a locked keyring, gnome-keyring would open a prompt and the test hang).
#
# Usage: run-in-keyring-session.sh MODE PROGRAM [ARGS...]
#   keyring   a private session bus with gnome-keyring's Secret Service, unlocked
#   bus-only  a private session bus that has no Secret Service and cannot start one
#   no-bus    no session bus at all (the address points to a socket that does not exist)
set -eu

mode=$1
shift

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-in-keyring-session: $tool is not installed (packages dbus, dbus-bin, gnome-keyring)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/iotaap-keychain.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -m 0700 "$scratch/home" "$scratch/run"

unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/run"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"

status=0
case $mode in
keyring)
    # --unlock creates and unlocks the "login" collection with a throwaway
    # password. The daemon takes its bus name a little after the launcher
    # returns: wait for it, or the first request would start a second daemon.
    dbus-run-session -- sh -c '
        printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        tries=0
        until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
              grep -q "boolean true"; do
            tries=$((tries + 1))
            if [ "$tries" -gt 300 ]; then
                echo "run-in-keyring-session: gnome-keyring did not take org.freedesktop.secrets" >&2
                exit 1
            fi
            sleep 0.1
        done
        exec "$@"' run-in-keyring-session "$@" || status=$?
    ;;
bus-only)
    # The system session configuration would let D-Bus start gnome-keyring on
    # demand; this one lists no services at all.
    cat >"$scratch/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$scratch/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$scratch/session.conf" -- "$@" || status=$?
    ;;
no-bus)
    DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/run/no-such-bus" "$@" || status=$?
    ;;
*)
    echo "run-in-keyring-session: unknown mode '$mode' (keyring, bus-only, no-bus)" >&2
    exit 2
    ;;
esac
exit "$status"
