#!/usr/bin/env bash
# shellcheck disable=SC2015
# "test && ok … || fail …" throughout: ok only prints and always succeeds, so fail runs exactly when the test failed
# Checks the two packages build-debs.sh made (run by ./mvnw -Pdebs verify, so by bash .ci/run):
# control fields and files (dpkg-deb -I/-c), version ordering, the maintainer scripts (sh -n, shellcheck),
# lintian (no errors beyond each package's committed overrides), systemd-analyze verify for every unit, and the
# extracted kiosk's launcher started with --self-test in a virtual X display; the hub's timestation-ctl is run too.
set -euo pipefail

MAVEN_VERSION="${1:?usage: check-debs.sh MAVEN_VERSION}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/target"
DEB_VERSION="$(printf '%s' "$MAVEN_VERSION" | sed 's/-SNAPSHOT$/~SNAPSHOT/')-1"
KIOSK="$OUT/timestation-kiosk_${DEB_VERSION}_amd64.deb"
HUB="$OUT/timestation-hub_${DEB_VERSION}_amd64.deb"
CHECK="$OUT/check"
failures=0

fail() {
    echo "check-debs: FAILED: $*" >&2
    failures=$((failures + 1))
}

ok() {
    echo "check-debs: ok: $*"
}

for tool in dpkg-deb dpkg shellcheck lintian systemd-analyze xvfb-run; do
    command -v "$tool" >/dev/null 2>&1 || { echo "check-debs: '$tool' is missing; run 'bash .ci/run', which installs it" >&2; exit 1; }
done
[ -f "$KIOSK" ] && [ -f "$HUB" ] || { echo "check-debs: the packages are missing: build them with ./mvnw -Pdebs -DskipTests package" >&2; exit 1; }

rm -rf "$CHECK"
mkdir -p "$CHECK"

field() {
    dpkg-deb -f "$1" "$2"
}

# --- control fields
for deb in "$KIOSK" "$HUB"; do
    pkg="$(field "$deb" Package)"
    [ "$(field "$deb" Version)" = "$DEB_VERSION" ] && ok "$pkg version $DEB_VERSION" || fail "$pkg version is $(field "$deb" Version), not $DEB_VERSION"
    [ "$(field "$deb" Architecture)" = amd64 ] && ok "$pkg architecture amd64" || fail "$pkg architecture"
    maintainer="$(field "$deb" Maintainer)"
    if printf '%s' "$maintainer" | grep -Eq '^[^<>]+ <[^@<> ]+@[^@<> ]+\.[a-z]{2,}>$' \
        && ! printf '%s' "$maintainer" | grep -Eqi '@([^>]*\.)?(example|invalid|test|localhost|local)(\.[a-z]+)?>'; then
        ok "$pkg maintainer $maintainer"
    else
        fail "$pkg maintainer '$maintainer' is not a real address (name <user@domain>, no reserved domain)"
    fi
    depends="$(field "$deb" Depends)"
    printf '%s' "$depends" | grep -q libgtk-3-0 && ok "$pkg depends on libgtk-3-0" || fail "$pkg does not depend on libgtk-3-0"
    dpkg-deb -I "$deb" conffiles >/dev/null 2>&1 && ok "$pkg lists conffiles" || fail "$pkg lists no conffiles"
done
for need in cage xwayland; do
    field "$KIOSK" Depends | grep -q "$need" && ok "kiosk depends on $need" || fail "kiosk does not depend on $need"
done
dpkg-deb -I "$KIOSK" conffiles | grep -qx /etc/timestation/devices.properties && ok "devices.properties is a conffile" || fail "devices.properties is not a conffile"
dpkg-deb -I "$HUB" conffiles | grep -qx /etc/timestation/hub.conf && ok "hub.conf is a conffile" || fail "hub.conf is not a conffile"

# --- versions sort: a snapshot before its release, a release before the next snapshot's release
dpkg --compare-versions 0.2.0~SNAPSHOT-1 lt 0.2.0-1 && ok "0.2.0~SNAPSHOT-1 sorts before 0.2.0-1" || fail "snapshot ordering"
release="$(printf '%s' "$DEB_VERSION" | sed 's/~SNAPSHOT//')"
if [ "$release" != "$DEB_VERSION" ]; then
    dpkg --compare-versions "$DEB_VERSION" lt "$release" && ok "$DEB_VERSION sorts before $release" || fail "$DEB_VERSION does not sort before $release"
fi

# --- files
contents() {
    dpkg-deb -c "$1" | awk '{print $6}' | sed 's#^\./#/#'
}
contents "$KIOSK" > "$CHECK/kiosk.files"
contents "$HUB" > "$CHECK/hub.files"
for f in /usr/lib/timestation-kiosk/bin/timestation-kiosk /usr/lib/timestation-kiosk/bin/timestation-ctl /usr/lib/timestation-kiosk/lib/runtime/lib/modules \
    /usr/lib/timestation-kiosk/lib/app/app-cds.classlist /usr/lib/timestation-kiosk-ctl/make-cds /lib/systemd/system/timestation-kiosk.service /lib/systemd/system/timestation-kiosk-backup.service \
    /lib/systemd/system/timestation-kiosk-backup.timer /lib/udev/rules.d/60-timestation.rules /usr/lib/sysusers.d/timestation-kiosk.conf \
    /etc/timestation/kiosk.conf /etc/timestation/devices.properties /usr/lib/timestation-kiosk-ctl/timestation-ctl /usr/share/doc/timestation-kiosk/copyright; do
    grep -qx "$f" "$CHECK/kiosk.files" && ok "kiosk has $f" || fail "kiosk lacks $f"
done
for f in /usr/lib/timestation-hub/bin/timestation-hub /usr/lib/timestation-hub/bin/timestation-ctl /usr/lib/timestation-hub/lib/runtime/lib/modules \
    /usr/lib/timestation-hub/lib/app/app-cds.classlist /usr/lib/timestation-hub-ctl/make-cds /lib/systemd/system/timestation-hub.service /lib/systemd/system/timestation-hub-backup.service \
    /lib/systemd/system/timestation-hub-backup.timer /usr/lib/sysusers.d/timestation-hub.conf /etc/timestation/hub.conf \
    /usr/lib/timestation-hub-ctl/timestation-ctl /usr/share/doc/timestation-hub/copyright; do
    grep -qx "$f" "$CHECK/hub.files" && ok "hub has $f" || fail "hub lacks $f"
done
if grep -q '/usr/bin/timestation-ctl' "$CHECK/kiosk.files" "$CHECK/hub.files"; then
    fail "a package ships /usr/bin/timestation-ctl itself (both would clash; it is an alternative)"
fi

# --- the trees: no JavaFX inside the app's jars, JavaFX modules in the jlinked runtime, the udev rule, hardening
for pkg in kiosk hub; do
    deb="$KIOSK"
    [ "$pkg" = hub ] && deb="$HUB"
    root="$CHECK/root-$pkg"
    mkdir -p "$root"
    dpkg-deb -x "$deb" "$root"
    app="$root/usr/lib/timestation-$pkg"
    for jar in "$app"/lib/app/*.jar; do
        if unzip -l "$jar" | grep -q ' javafx/'; then
            fail "$pkg: $(basename "$jar") carries JavaFX classes (JavaFX belongs in the runtime)"
        fi
    done
    ok "$pkg: no JavaFX inside the app's jars"
    mods="$("$app/lib/runtime/bin/java" --list-modules)"
    for m in javafx.base javafx.graphics javafx.controls java.sql jdk.localedata jdk.charsets; do
        printf '%s\n' "$mods" | grep -q "^$m@" && ok "$pkg runtime has $m" || fail "$pkg runtime lacks $m"
    done
    "$app/lib/runtime/bin/java" -version 2>&1 | grep -q '"17' && ok "$pkg runtime is Java 17" || fail "$pkg runtime is not Java 17"
done
grep -q 'ENV{ID_MM_DEVICE_IGNORE}="1"' "$CHECK/root-kiosk/lib/udev/rules.d/60-timestation.rules" && ok "udev rules keep ModemManager away" || fail "udev rules lack ID_MM_DEVICE_IGNORE"
unit="$CHECK/root-hub/lib/systemd/system/timestation-hub.service"
for d in NoNewPrivileges=yes ProtectSystem=strict StateDirectory= PrivateTmp=yes SuccessExitStatus=143; do
    grep -q "^$d" "$unit" && ok "hub unit: $d" || fail "hub unit lacks $d"
done
grep -q '^MemoryDenyWriteExecute' "$unit" && fail "hub unit sets MemoryDenyWriteExecute (it breaks the JIT)" || ok "hub unit leaves the JIT alone"
kunit="$CHECK/root-kiosk/lib/systemd/system/timestation-kiosk.service"
for d in 'ExecStart=/usr/bin/cage' 'Environment=GDK_BACKEND=x11' 'Restart=always' 'WantedBy=multi-user.target' '--in-service'; do
    grep -q -- "$d" "$kunit" && ok "kiosk unit: $d" || fail "kiosk unit lacks $d"
done

# --- maintainer scripts and shell: sh -n and shellcheck
scripts=("$HERE/build-debs.sh" "$HERE/check-debs.sh")
for pkg in kiosk hub; do
    dpkg-deb -e "$([ "$pkg" = kiosk ] && echo "$KIOSK" || echo "$HUB")" "$CHECK/control-$pkg"
    for s in postinst prerm postrm; do
        scripts+=("$CHECK/control-$pkg/$s")
    done
    scripts+=("$CHECK/root-$pkg/usr/lib/timestation-$pkg-ctl/timestation-ctl" "$CHECK/root-$pkg/usr/lib/timestation-$pkg-ctl/make-cds")
done
for s in "${scripts[@]}"; do
    case "$(head -1 "$s")" in
        *bash*) bash -n "$s" || fail "bash -n $s" ;;
        *) sh -n "$s" || fail "sh -n $s" ;;
    esac
    shellcheck "$s" && ok "shellcheck $(basename "$(dirname "$s")")/$(basename "$s")" || fail "shellcheck $s"
done

# --- lintian: no errors beyond the overrides each package ships
for deb in "$KIOSK" "$HUB"; do
    if lintian --fail-on error --no-tag-display-limit "$deb" > "$CHECK/$(basename "$deb").lintian" 2>&1; then
        ok "lintian $(basename "$deb") ($(grep -c '^W:' "$CHECK/$(basename "$deb").lintian" || true) warnings)"
    else
        cat "$CHECK/$(basename "$deb").lintian" >&2
        fail "lintian $(basename "$deb")"
    fi
done

# --- systemd-analyze verify, against the extracted trees (the launchers the units run are there) with this machine's
# own units beside them (the targets they name) and the programs they run from outside the package (cage, setterm)
for pkg in kiosk hub; do
    root="$CHECK/root-$pkg"
    cp -rn /lib/systemd/system/. "$root/lib/systemd/system/"
    mkdir -p "$root/usr/bin"
    for program in /usr/bin/cage /usr/bin/setterm; do
        if [ -x "$program" ]; then
            cp "$program" "$root$program"
        fi
    done
    for u in "$root"/lib/systemd/system/timestation-*; do
        if out="$(SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --root="$root" --man=no "/lib/systemd/system/$(basename "$u")" 2>&1)" \
            && ! printf '%s' "$out" | grep -qiE 'error|not executable|unknown|failed|invalid'; then
            ok "systemd-analyze verify $(basename "$u")"
        else
            printf '%s\n' "$out" >&2
            fail "systemd-analyze verify $(basename "$u")"
        fi
    done
done

# --- the class-data-sharing archives, made as postinst makes them, load (-Xshare:on fails when they cannot)
for pkg in kiosk hub; do
    app="$CHECK/root-$pkg/usr/lib/timestation-$pkg"
    if sh "$CHECK/root-$pkg/usr/lib/timestation-$pkg-ctl/make-cds" "$app" && [ -s "$app/lib/app/app-cds.jsa" ]; then
        cp="$(sed -n 's/^app\.classpath=.APPDIR\///p' "$app/lib/app/timestation-$pkg.cfg" | sed "s#^#$app/lib/app/#" | paste -sd: -)"
        if "$app/lib/runtime/bin/java" -Xshare:on -XX:SharedArchiveFile="$app/lib/app/app-cds.jsa" -cp "$cp" -version >/dev/null 2>&1; then
            ok "$pkg: the class-data-sharing archive loads ($(du -h "$app/lib/app/app-cds.jsa" | cut -f1))"
        else
            fail "$pkg: the class-data-sharing archive does not load"
        fi
    else
        fail "$pkg: make-cds made no archive"
    fi
done

# --- the extracted kiosk starts: its launcher's self-test in a virtual X display
if out="$(timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$CHECK/root-kiosk/usr/lib/timestation-kiosk/bin/timestation-kiosk" --self-test 2>&1)"; then
    printf '%s\n' "$out" | grep -q 'self-test passed' && ok "kiosk --self-test: $(printf '%s' "$out" | grep 'self-test passed')" || fail "kiosk --self-test said: $out"
    printf '%s\n' "$out" | grep -qi 'shared archive\|sharing' && fail "the class-data-sharing archive was not used: $out" || ok "no class-data-sharing complaint"
else
    printf '%s\n' "$out" >&2
    fail "kiosk --self-test"
fi

# --- the installed ctl runs from the extracted hub: version, and status on a new folder
if ver="$("$CHECK/root-hub/usr/lib/timestation-hub/bin/timestation-ctl" --version 2>&1)" && printf '%s' "$ver" | grep -q "$MAVEN_VERSION"; then
    ok "timestation-ctl --version: $ver"
else
    fail "timestation-ctl --version said: $ver"
fi
mkdir -p "$CHECK/ctl-data"
if st="$("$CHECK/root-hub/usr/lib/timestation-hub/bin/timestation-ctl" status --data "$CHECK/ctl-data" 2>&1)" && printf '%s' "$st" | grep -q 'free disk'; then
    ok "timestation-ctl status"
else
    fail "timestation-ctl status said: $st"
fi

if [ "$failures" -gt 0 ]; then
    echo "check-debs: $failures check(s) failed" >&2
    exit 1
fi
echo "check-debs: all package checks passed"
