#!/bin/sh
# Records the classes a search loads into broadsheet.jsa beside this script, which the launcher maps at every
# start (-XX:SharedArchiveFile) instead of loading them one by one. An archive holds only for the class path it
# was recorded with, so this runs where the app lies: by the build on the app image, by the package when it is
# installed. It reads only the bundled sample, with a cache of its own that it removes.
set -e
app=$(cd "$(dirname "$0")" && pwd)
class_path=$(sed -n "s|^app.classpath=\$APPDIR|$app|p" "$app/broadsheet.cfg" | paste -sd: -)
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
rm -f "$app/broadsheet.jsa"
LC_ALL=C.UTF-8 HOME="$training" XDG_CACHE_HOME="$training/cache" XDG_CONFIG_HOME="$training/config" \
    XDG_DATA_HOME="$training/data" "$app/../runtime/bin/java" -XX:ArchiveClassesAtExit="$app/broadsheet.jsa" \
    -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$class_path" org.broadsheet.Launcher \
    search --query "floods OR china" > /dev/null 2>&1
