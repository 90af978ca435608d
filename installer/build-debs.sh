#!/usr/bin/env bash
# shellcheck disable=SC2016
# $APPDIR in single quotes is jpackage's own token, expanded by the launcher at run time, never by the shell
# Builds timestation-kiosk_<version>_amd64.deb and timestation-hub_<version>_amd64.deb into installer/target/.
# Run through Maven (./mvnw -Pdebs -DskipTests package), which builds the apps and copies their jars first:
#   <app>/target/<app>-<version>.jar   the app's own classes (no dependencies, no JavaFX inside)
#   <app>/target/deb-lib/              its runtime jars, JavaFX left out
#   <app>/target/deb-javafx/           JavaFX's jars; the -linux ones are modules jlink links into the runtime
# Each package carries a jlinked Java runtime with the JavaFX modules, a jpackage app image and the class list its
# class-data-sharing archive is made from; the .deb itself is assembled with dpkg-deb (jpackage cannot place systemd
# units or udev rules).
set -euo pipefail

MAVEN_VERSION="${1:?usage: build-debs.sh MAVEN_VERSION}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
OUT="$HERE/target"
# Debian version: a snapshot sorts before its release (0.2.0~SNAPSHOT-1 < 0.2.0-1)
DEB_VERSION="$(printf '%s' "$MAVEN_VERSION" | sed 's/-SNAPSHOT$/~SNAPSHOT/')-1"
APP_VERSION="$(printf '%s' "$MAVEN_VERSION" | sed 's/-SNAPSHOT$//')"
MAINTAINER="$(cat "$HERE/deb/maintainer")"

need() {
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "build-debs: '$tool' is missing. Run 'bash .ci/run' (it installs what the packages need) or: sudo apt-get install fakeroot binutils dpkg-dev" >&2
            exit 1
        fi
    done
}
need jlink jpackage jdeps dpkg-deb objcopy

rm -rf "$OUT"
mkdir -p "$OUT"

# The Java modules both apps use (jdeps on the apps and their jars), plus what they load by name: Chinese locale data,
# the GB18030 charset (receipt printers), elliptic-curve TLS, the zip file system.
modules() {
    local app="$1"
    local found
    found="$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps \
        --module-path "$(javafx_jars "$app" | tr '\n' ':')" \
        --class-path "$ROOT/$app/target/deb-lib/*" "$ROOT/$app/target/$app-$MAVEN_VERSION.jar" 2>/dev/null || true)"
    printf '%s' "${found:+$found,}java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.zipfs,javafx.base,javafx.graphics,javafx.controls"
}

javafx_jars() {
    find "$ROOT/$1/target/deb-javafx" -name 'javafx-*-linux.jar' | sort
}

# app_image APP NAME MAIN_CLASS DESCRIPTION: a jlinked runtime and a jpackage app image in $OUT/image/NAME
app_image() {
    local app="$1" name="$2" main="$3" description="$4"
    local work="$OUT/work/$name"
    mkdir -p "$work/input" "$OUT/image"
    [ -f "$ROOT/$app/target/$app-$MAVEN_VERSION.jar" ] || { echo "build-debs: $app/target/$app-$MAVEN_VERSION.jar is missing: build with ./mvnw -Pdebs -DskipTests package" >&2; exit 1; }
    cp "$ROOT/$app/target/$app-$MAVEN_VERSION.jar" "$ROOT/$app/target/deb-lib/"*.jar "$work/input/"
    if find "$work/input" -name 'javafx-*' | grep -q .; then
        echo "build-debs: a JavaFX jar ended up among the app's jars; JavaFX belongs in the runtime only" >&2
        exit 1
    fi
    local mods
    mods="$(modules "$app" | tr ',' '\n' | sort -u | paste -sd, -)"
    echo "build-debs: $name runtime modules: $mods"
    jlink --module-path "$(javafx_jars "$app" | tr '\n' ':')" --add-modules "$mods" --output "$work/runtime" \
        --strip-debug --no-header-files --no-man-pages --compress=2
    # JavaFX's native libraries travel inside its jars and are unpacked at first start into a cache folder; unpack them
    # here into the image, where the launcher points JavaFX (-Djavafx.cachedir): finding them there, it writes nothing
    local natives="$work/javafx-natives"
    mkdir -p "$natives"
    unzip -q -j -o "$(javafx_jars "$app" | grep 'javafx-graphics-')" '*.so' -d "$natives"
    # the runtime's own class-data-sharing archive (JDK 17's jlink makes none)
    "$work/runtime/bin/java" -Xshare:dump >/dev/null
    local opts=(--java-options '-Djavafx.cachedir=$APPDIR/javafx-natives' --java-options '-Dfile.encoding=UTF-8'
        --java-options '-XX:SharedArchiveFile=$APPDIR/app-cds.jsa' --java-options '-Xshare:auto')
    local ctl=org.timestation.kiosk.Ctl
    [ "$app" = admin-console ] && ctl=org.timestation.admin.Ctl
    cat > "$work/ctl.properties" <<EOF
main-class=$ctl
java-options=-Dfile.encoding=UTF-8 -Xshare:auto
EOF
    jpackage --type app-image --name "$name" --dest "$OUT/image" --input "$work/input" \
        --main-jar "$app-$MAVEN_VERSION.jar" --main-class "$main" --runtime-image "$work/runtime" \
        --app-version "$APP_VERSION" --description "$description" --vendor "Time Station" \
        "${opts[@]}" --add-launcher "timestation-ctl=$work/ctl.properties"
    cp -r "$work/javafx-natives" "$OUT/image/$name/lib/app/javafx-natives"
    # jpackage and jlink leave the native programs and libraries unstripped, some libraries executable, some files group-writable
    # (not JavaFX's: it compares them with the copies in its jars and would unpack them again at every start)
    find "$OUT/image/$name" -type f ! -path '*/javafx-natives/*' -print0 | while IFS= read -r -d '' f; do
        if [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ]; then
            objcopy --strip-unneeded "$f"
        fi
    done
    chmod -R u+rwX,go+rX,go-w "$OUT/image/$name"
    find "$OUT/image/$name" -name '*.so' -exec chmod 0644 {} \;
}

# classlist NAME ARGS...: runs the app image once with ARGS, recording the classes it loads (lib/app/app-cds.classlist).
# The archive itself is dumped from this list when the package is installed (make-cds, run by postinst): JDK 17
# checks an archive's class path against where the jars are, so it is made where they end up.
classlist() {
    local name="$1"
    shift
    local image="$OUT/image/$name"
    local cfg="$image/lib/app/$name.cfg"
    sed -i 's#-XX:SharedArchiveFile=$APPDIR/app-cds.jsa#-XX:DumpLoadedClassList=$APPDIR/app-cds.classlist#' "$cfg"
    "$@" || { echo "build-debs: the run that records the classes $name loads failed" >&2; exit 1; }
    sed -i 's#-XX:DumpLoadedClassList=$APPDIR/app-cds.classlist#-XX:SharedArchiveFile=$APPDIR/app-cds.jsa#' "$cfg"
    [ -s "$image/lib/app/app-cds.classlist" ] || { echo "build-debs: no class list was recorded for $name" >&2; exit 1; }
    chmod 0644 "$image/lib/app/app-cds.classlist"
}

app_image kiosk timestation-kiosk org.timestation.kiosk.KioskMain "Time Station touchscreen kiosk"
app_image admin-console timestation-hub org.timestation.admin.AdminMain "Time Station hub and admin console"

# the class lists: the kiosk's from its self-test in a real (virtual) window, the hub's from a command that builds a ledger
need xvfb-run
classlist timestation-kiosk xvfb-run -a -s "-screen 0 1280x800x24" "$OUT/image/timestation-kiosk/bin/timestation-kiosk" --self-test
classlist timestation-hub "$OUT/image/timestation-hub/bin/timestation-hub" demo --data "$OUT/work/cds-hub-demo" --members 40 --months 1

# deb PACKAGE NAME: assembles installer/target/PACKAGE_<version>_amd64.deb from deb/PACKAGE and the app image NAME
deb() {
    local package="$1" name="$2"
    local tree="$OUT/deb/$package"
    rm -rf "$tree"
    mkdir -p "$tree/usr/lib"
    cp -a "$HERE/deb/$package/." "$tree/"
    cp -a "$HERE/deb/common/." "$tree/"
    cp -a "$OUT/image/$name" "$tree/usr/lib/$name"
    mkdir -p "$tree/usr/share/doc/$package" "$tree/usr/share/lintian/overrides"
    cp "$HERE/deb/copyright" "$tree/usr/share/doc/$package/copyright"
    sed -e "s/@PACKAGE@/$package/g" -e "s/@VERSION@/$DEB_VERSION/g" -e "s/@MAINTAINER@/$MAINTAINER/g" \
        -e "s/@DATE@/$(date -R -u -d @"${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}")/g" \
        "$HERE/deb/changelog.in" | gzip -9n > "$tree/usr/share/doc/$package/changelog.Debian.gz"
    cp "$HERE/deb/$package.lintian-overrides" "$tree/usr/share/lintian/overrides/$package"
    # the sysusers file is shared by both packages' definitions but named for each, so both can be installed
    mv "$tree/usr/lib/sysusers.d/timestation.conf" "$tree/usr/lib/sysusers.d/$package.conf"
    local size
    size="$(du -sk --exclude=DEBIAN "$tree" | cut -f1)"
    sed -e "s/@VERSION@/$DEB_VERSION/" -e "s/@MAINTAINER@/$MAINTAINER/" -e "s/@SIZE@/$size/" \
        "$HERE/deb/$package/DEBIAN/control" > "$tree/DEBIAN/control"
    (cd "$tree" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
    find "$tree" -type d -exec chmod 0755 {} \;
    chmod 0755 "$tree/DEBIAN/postinst" "$tree/DEBIAN/prerm" "$tree/DEBIAN/postrm"
    chmod 0644 "$tree/DEBIAN/control" "$tree/DEBIAN/conffiles" "$tree/DEBIAN/md5sums"
    dpkg-deb --root-owner-group -Zxz --build "$tree" "$OUT/${package}_${DEB_VERSION}_amd64.deb"
}

deb timestation-kiosk timestation-kiosk
deb timestation-hub timestation-hub
ls -l "$OUT"/*.deb
