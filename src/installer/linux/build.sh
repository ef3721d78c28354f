#!/usr/bin/env bash
# Builds Broadsheet's Linux app image and .deb: a runtime of its own made with jlink, the app put around it by
# jpackage, and a class-data-sharing archive recorded from a real command (cds-training.sh) so that the command
# starts fast. Run by `mvn -Pinstaller package` after the jar and its libraries are in target/.
#
# Usage: build-linux.sh TARGET_DIR VERSION
set -euo pipefail

target=$(cd "$1" && pwd)
# jpackage takes numbers only: 0.1.0-SNAPSHOT is 0.1.0.
version=${2%%-*}
here=$(cd "$(dirname "$0")" && pwd)
out="$target/installer"
name=broadsheet

for tool in jlink jpackage; do
    command -v "$tool" > /dev/null || { echo "error: $tool is not on the PATH; it comes with a JDK" >&2; exit 2; }
done

rm -rf "$out"
mkdir -p "$out/input"
cp "$target/broadsheet.jar" "$out/input/"
cp -r "$target/lib" "$out/input/lib"
cp "$here/cds-training.sh" "$out/input/"

# What jdeps lists for the jar and its libraries, and what it cannot see: legacy charsets for old archives,
# elliptic curves for https, and the runtime's own CDS archive for the dynamic one below to build on.
modules=java.base,java.desktop,java.naming,java.net.http,java.sql,java.management,jdk.jfr,jdk.management
modules=$modules,jdk.unsupported,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.zipfs
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
      --output "$out/runtime"

# A desktop app on a shared machine: the heap grows as the archive needs it, up to a quarter of the memory, and
# gives memory back when it is done (serial collector: one window, short pauses at these heap sizes).
java_options=(
    "-XX:+UseSerialGC" "-Xms16m" "-XX:MaxRAMPercentage=25" "-XX:MinHeapFreeRatio=10" "-XX:MaxHeapFreeRatio=30"
    "-XX:SharedArchiveFile=\$APPDIR/$name.jsa" "-Xshare:auto"
    "--enable-native-access=ALL-UNNAMED"
)
options=()
for option in "${java_options[@]}"; do
    options+=(--java-options "$option")
done

jpackage --type app-image --name "$name" --app-version "$version" --vendor "Broadsheet" \
         --input "$out/input" --main-jar broadsheet.jar --main-class org.broadsheet.Launcher \
         --runtime-image "$out/runtime" --icon "$here/$name.png" "${options[@]}" --dest "$out"

# The archive holds only for the class path it was recorded with: the app image gets one recorded where it lies
# now; the package leaves it out and records its own when it is installed (postinst).
image="$out/$name"
"$image/lib/app/cds-training.sh"

if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
    staged="$out/deb-image"
    cp -a "$image" "$staged"
    rm -f "$staged/lib/app/$name.jsa"
    jpackage --type deb --app-image "$staged" --name "$name" --app-version "$version" --vendor "Broadsheet" \
             --description "A desktop reader for archives of news articles" \
             --linux-shortcut --linux-menu-group "Office" --linux-app-category "text" --install-dir /opt \
             --resource-dir "$here" --dest "$out"
    rm -rf "$staged"
else
    echo "dpkg-deb and fakeroot are needed for the .deb; the app image is in $image" >&2
fi
