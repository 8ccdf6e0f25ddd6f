# shellcheck shell=bash
# Flink SQL Gateway with a local session cluster (scripts/stack/flink/): optional, started only by
# `scripts/stack.sh up flink`. Its own script keeps unprefixed hooks; each runs in a subshell here, so
# they never shadow anything in the engine.
component flink "Flink SQL Gateway" optional

# shellcheck source=SCRIPTDIR/../flink/flink.sh
flink_hook() { (source "$ASSETS/flink/flink.sh" && "$@"); }
flink_port() { flink_hook port; }
flink_url() { flink_hook url; }
flink_install() { flink_hook install; }
flink_start() { flink_hook start; }
flink_healthy() { flink_hook healthy; }
flink_stop() { flink_hook stop "$@"; }
