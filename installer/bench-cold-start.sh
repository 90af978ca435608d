#!/usr/bin/env bash
# Cold start of the installed kiosk, with and without its class-data-sharing archive, against a minimal JavaFX program
# showing one label on the same jlinked runtime (the baseline), in a real window (GTK on Xvfb). Fresh JVMs, alternated,
# timed from process start to the line each prints after its first frame. Run after ./mvnw -Pdebs verify (which leaves
# the checked package trees in installer/target/check) and a kiosk test-compile (the baseline's class):
#   bash installer/bench-cold-start.sh [RUNS]
# The kiosk is started with the launcher's own class path and options (lib/app/timestation-kiosk.cfg), plus the probe
# property, which the jpackage launcher gives no way to pass.
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1920x1080x24" bash "$0" "$@"
fi

RUNS="${1:-10}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
APP="$HERE/target/check/root-kiosk/usr/lib/timestation-kiosk"
JAVA="$APP/lib/runtime/bin/java"
CFG="$APP/lib/app/timestation-kiosk.cfg"
[ -x "$JAVA" ] || { echo "bench-cold-start: no extracted kiosk package; run ./mvnw -Pdebs verify first" >&2; exit 1; }
[ -s "$APP/lib/app/app-cds.jsa" ] || sh "$HERE/target/check/root-kiosk/usr/lib/timestation-kiosk-ctl/make-cds" "$APP"
[ -f "$ROOT/kiosk/target/test-classes/org/timestation/kiosk/bench/MinimalFxApp.class" ] \
    || { echo "bench-cold-start: build the baseline first: ./mvnw -pl kiosk test-compile" >&2; exit 1; }

CP="$(sed -n 's/^app\.classpath=.APPDIR\///p' "$CFG" | sed "s#^#$APP/lib/app/#" | paste -sd: -)"
mapfile -t OPTS < <(sed -n 's/^java-options=//p' "$CFG" | sed "s#\$APPDIR#$APP/lib/app#g")
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/data"
# a small demo station's folder, as the kiosk's own demo makes (the hub package's demo command)
"$HERE/target/check/root-hub/usr/lib/timestation-hub/bin/timestation-hub" demo --data "$DATA" --members 80 --months 2 --node station-a >/dev/null

# time_to_shown CMD...: milliseconds from start to the line "shown"
time_to_shown() {
    local start end line
    start="$(date +%s%N)"
    while IFS= read -r line; do
        if [ "$line" = shown ]; then
            end="$(date +%s%N)"
            break
        fi
    done < <("$@" 2>/dev/null)
    echo $(( (end - start) / 1000000 ))
}

kiosk() {
    timeout 60 "$JAVA" "${OPTS[@]}" -Dtimestation.startupProbe=true -cp "$CP" org.timestation.kiosk.KioskMain --data "$DATA" --windowed --simulated-devices
}

without_cds() {
    local opts=()
    for o in "${OPTS[@]}"; do
        case "$o" in
            -XX:SharedArchiveFile=*|-Xshare:*) ;;
            *) opts+=("$o") ;;
        esac
    done
    timeout 60 "$JAVA" "${opts[@]}" -Xshare:auto -Dtimestation.startupProbe=true -cp "$CP" org.timestation.kiosk.KioskMain --data "$DATA" --windowed --simulated-devices
}

minimal() {
    timeout 60 "$JAVA" -cp "$ROOT/kiosk/target/test-classes" org.timestation.kiosk.bench.MinimalFxApp
}

median() {
    tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'
}

run_all() {
    local with=() none=() base=() i
    kiosk >/dev/null 2>&1 || true # once untimed: the data folder's projection is stored on close, as a station's would be
    for ((i = 0; i < RUNS; i++)); do
        with+=("$(time_to_shown kiosk)")
        none+=("$(time_to_shown without_cds)")
        base+=("$(time_to_shown minimal)")
    done
    local m_with m_none m_base
    m_with="$(echo "${with[@]}" | median)"
    m_none="$(echo "${none[@]}" | median)"
    m_base="$(echo "${base[@]}" | median)"
    echo "| what | median | all runs (ms) |"
    echo "|---|---|---|"
    echo "| installed kiosk, with its class-data-sharing archive | $m_with ms | ${with[*]} |"
    echo "| installed kiosk, without it (the JDK's own archive only) | $m_none ms | ${none[*]} |"
    echo "| baseline: minimal JavaFX program showing one label, same runtime | $m_base ms | ${base[*]} |"
    echo
    awk -v a="$m_with" -v b="$m_base" -v c="$m_none" 'BEGIN {printf "ratio with the archive: **%.2f×** the minimal program (goal ≤ 1.2×); without it: %.2f×\n", a / b, c / b}'
}

run_all
