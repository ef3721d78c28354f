#!/usr/bin/env bash
# Builds Broadsheet's Linux app image and .deb: a runtime of its own made with jlink, the app put around it by
# jpackage, and a class-data-sharing archive or ahead-of-time cache recorded from a real command
# (cds-training.sh) so that the command starts fast. Run by `mvn -Pinstaller package` after the jar and its libraries are in target/.
#
# Usage: build-linux.sh TARGET_DIR VERSION
set -euo pipefail

target=$(cd "$1" && pwd)
# jpackage takes numbers only: 0.1.0-SNAPSHOT is 0.1.0.
version=${2%%-*}
here=$(cd "$(dirname "$0")" && pwd)
out="$target/installer"
name=broadsheet

# The newest JDK of 25 or later in /usr/lib/jvm that has jlink and jpackage, by the version its release file
# names; nothing when there is none.
newest_jdk_25() {
    local home major
    for home in /usr/lib/jvm/*; do
        [ -x "$home/bin/jlink" ] && [ -x "$home/bin/jpackage" ] && [ -f "$home/release" ] || continue
        major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
        if [ -n "$major" ] && [ "$major" -ge 25 ]; then
            echo "$major $home"
        fi
    done | sort -n | tail -n 1 | cut -d' ' -f2-
}

# The JDK that makes the runtime: INSTALLER_JDK (the pom passes -Dinstaller.jdk) when one is named; else the newest
# JDK 25 or later installed, whose ahead-of-time cache answers a warm search in 0.38 s where JDK 17's class-data
# archive takes 0.5 s (docs/benchmarks.md); else Maven's own (MAVEN_JDK); else the tools on the PATH.
if [ -z "${INSTALLER_JDK:-}" ]; then
    INSTALLER_JDK=$(newest_jdk_25)
    if [ -z "$INSTALLER_JDK" ]; then
        INSTALLER_JDK=${MAVEN_JDK:-}
        echo "build.sh: no JDK 25 or later in /usr/lib/jvm, so commands will start slower" \
             "(-Dinstaller.jdk=DIR names a JDK)" >&2
    fi
fi
echo "build.sh: the runtime is made from ${INSTALLER_JDK:-the JDK on the PATH}" >&2
jdk_bin=${INSTALLER_JDK:+$INSTALLER_JDK/bin/}
for tool in jlink jpackage jar; do
    command -v "$jdk_bin$tool" > /dev/null \
        || { echo "error: $jdk_bin$tool is not there; it comes with a JDK (set -Dinstaller.jdk)" >&2; exit 2; }
done
jlink=${jdk_bin}jlink
jpackage=${jdk_bin}jpackage
jar=${jdk_bin}jar

rm -rf "$out"
mkdir -p "$out/input"
cp "$target/broadsheet.jar" "$out/input/"
cp -r "$target/lib" "$out/input/lib"
cp "$here/cds-training.sh" "$out/input/"

# SQLite's native library, taken out of its jar once here: left to itself, sqlite-jdbc writes its 1 MB into
# the temporary folder at every start and loads it from there (some 50 ms of a 0.5 s command). The folder
# names are sqlite-jdbc's; a machine it has no library for keeps the default.
case "$(uname -m)" in
    x86_64) sqlite_arch=x86_64 ;;
    aarch64|arm64) sqlite_arch=aarch64 ;;
    *) sqlite_arch= ;;
esac
sqlite_os=Linux
if ls /lib/ld-musl-* > /dev/null 2>&1; then
    sqlite_os=Linux-Musl
fi
sqlite_native=org/sqlite/native/$sqlite_os/$sqlite_arch/libsqlitejdbc.so
if [ -n "$sqlite_arch" ]; then
    (cd "$out" && "$jar" xf "$target"/lib/sqlite-jdbc-*.jar "$sqlite_native")
fi
if [ -f "$out/$sqlite_native" ]; then
    mkdir -p "$out/input/native"
    mv "$out/$sqlite_native" "$out/input/native/"
fi
rm -rf "$out/org"

# What jdeps lists for the jar and its libraries, and what it cannot see: legacy charsets for old archives,
# elliptic curves for https, and the runtime's own CDS archive for the dynamic one below to build on.
modules=java.base,java.desktop,java.naming,java.net.http,java.sql,java.management,jdk.jfr,jdk.management
modules=$modules,jdk.unsupported,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.zipfs
"$jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
      --output "$out/runtime"

# A desktop app on a shared machine: the heap grows as the archive needs it, up to a quarter of the memory, and
# gives memory back when it is done (serial collector: one window, short pauses at these heap sizes).
java_options=(
    "-XX:+UseSerialGC" "-Xms16m" "-XX:MaxRAMPercentage=25" "-XX:MinHeapFreeRatio=10" "-XX:MaxHeapFreeRatio=30"
    "--enable-native-access=ALL-UNNAMED"
)
if [ -f "$out/input/native/libsqlitejdbc.so" ]; then
    java_options+=("-Dorg.sqlite.lib.path=\$APPDIR/native" "-Dorg.sqlite.lib.name=libsqlitejdbc.so")
fi
# What a start maps instead of loading classes one by one, recorded by cds-training.sh: from JDK 25 on, an
# ahead-of-time cache (JEP 483; made in one run since JEP 514), which also holds the classes linked and the JIT's first profiles; before,
# a dynamic class-data-sharing archive. Either is left alone, in silence, when missing or stale.
# grep reads the whole list (no -q): stopping at the match would end java with SIGPIPE, which a pipeline
# that must succeed as a whole would take for a runtime without the flag.
if "$out/runtime/bin/java" -XX:+PrintFlagsFinal -version 2> /dev/null | grep " AOTCacheOutput " > /dev/null; then
    # Such a runtime also warns, on standard error, of JavaFX's off-heap arrays (sun.misc.Unsafe), which it
    # still allows.
    java_options+=("-XX:AOTCache=\$APPDIR/$name.aot" "-Xlog:aot=off" "-Xlog:cds=off"
                   "--sun-misc-unsafe-memory-access=allow")
else
    java_options+=("-XX:SharedArchiveFile=\$APPDIR/$name.jsa" "-Xshare:auto")
fi
options=()
for option in "${java_options[@]}"; do
    options+=(--java-options "$option")
done

"$jpackage" --type app-image --name "$name" --app-version "$version" --vendor "Broadsheet" \
         --input "$out/input" --main-jar broadsheet.jar --main-class org.broadsheet.Launcher \
         --runtime-image "$out/runtime" --icon "$here/$name.png" "${options[@]}" --dest "$out"

# The archive holds only for the class path it was recorded with: the app image gets one recorded where it lies
# now; the package leaves it out and records its own when it is installed (postinst).
image="$out/$name"
"$image/lib/app/cds-training.sh"

# The command on the PATH: the Java, options, class path and main class of bin/broadsheet, as its configuration
# lists them, without what that launcher does first on Linux: run rpm and dpkg to ask which package owns it (some
# 60 ms of a 0.6 s search). The same options keep the start-up cache valid for both.
# One-shot commands also compile with C1 alone: on two cores the second compiler's work competes with the
# command's own. A warm search of 19,041 articles took 0.56 s with both compilers and 0.37 s with C1 alone, and a
# first build of that archive 5.8-6.4 s against 4.5 s; on 100,000 articles, a warm search 0.95 against 0.68 s.
# Only long runs repay C2 (those 100,000 built cold: 18.1-18.8 s with it, 20.0-20.7 s without), so the window,
# which the desktop entry opens without this script, and bench keep both.
cfg="$image/lib/app/$name.cfg"
command="$image/lib/app/$name-command"
{
    echo '#!/bin/sh'
    echo "# Made by build.sh from $name.cfg; the package links /usr/bin/$name here."
    echo 'app=$(dirname "$(readlink -f "$0")")'
    echo '# A command (see build.sh) runs with C1 alone; the window (no command, or its options) and bench keep C2.'
    echo 'case "${1-}" in'
    echo '    -h|--help) jit=-XX:TieredStopAtLevel=1 ;;'
    echo '    ""|-*|bench) jit= ;;'
    echo '    *) jit=-XX:TieredStopAtLevel=1 ;;'
    echo 'esac'
    echo 'exec "$app/../runtime/bin/java" $jit \'
    sed -n 's|^java-options=\(.*\)$|    "\1" \\|p' "$cfg"
    echo "    -cp \"$(sed -n 's|^app.classpath=||p' "$cfg" | paste -sd:)\" \\"
    echo "    $(sed -n 's|^app.mainclass=||p' "$cfg") \"\$@\""
} | sed 's|\$APPDIR|$app|g' > "$command"
chmod 755 "$command"

# The package's release is said, not left to jpackage: JDK 17's made it 1 and JDK 25's leaves it out, and to dpkg
# 0.1.0 is older than 0.1.0-1, so a package made with another JDK would not install over one made with the other.
if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
    staged="$out/deb-image"
    cp -a "$image" "$staged"
    rm -f "$staged/lib/app/$name.jsa" "$staged/lib/app/$name.aot"
    "$jpackage" --type deb --app-image "$staged" --name "$name" --app-version "$version" --vendor "Broadsheet" \
             --description "A desktop reader for archives of news articles" \
             --linux-shortcut --linux-menu-group "Office" --linux-app-category "text" --linux-app-release 1 \
             --install-dir /opt \
             --resource-dir "$here" --dest "$out"
    rm -rf "$staged"
else
    echo "dpkg-deb and fakeroot are needed for the .deb; the app image is in $image" >&2
fi
