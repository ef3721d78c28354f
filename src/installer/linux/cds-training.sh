#!/bin/sh
# Records the classes a search loads beside this script, which the launcher maps at every start instead of
# loading them one by one (org.broadsheet.StartupTraining: a search with settings like a window's, on an empty
# cache and then on the index it made): on a runtime of JDK 25 or later an ahead-of-time cache, broadsheet.aot
# (-XX:AOTCache), which also keeps them linked and the JIT's first profiles; on an older one a class-data-sharing
# archive, broadsheet.jsa (-XX:SharedArchiveFile). An archive holds only for the class path it
# was recorded with, so this runs where the app lies: by the build on the app image, by the package when it is
# installed. It reads only the bundled sample, with a cache of its own that it removes.
set -e
app=$(cd "$(dirname "$0")" && pwd)
class_path=$(sed -n "s|^app.classpath=\$APPDIR|$app|p" "$app/broadsheet.cfg" | paste -sd: -)
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
java="$app/../runtime/bin/java"
rm -f "$app/broadsheet.jsa" "$app/broadsheet.aot"
# The same test as build.sh's, which chose the launcher's option by it.
if "$java" -XX:+PrintFlagsFinal -version 2> /dev/null | grep " AOTCacheOutput " > /dev/null; then
    record="-XX:AOTCacheOutput=$app/broadsheet.aot"
else
    record="-XX:ArchiveClassesAtExit=$app/broadsheet.jsa"
fi
# SQLite's library as the launcher finds it, when build.sh took it out of its jar.
set --
if [ -f "$app/native/libsqlitejdbc.so" ]; then
    set -- "-Dorg.sqlite.lib.path=$app/native" "-Dorg.sqlite.lib.name=libsqlitejdbc.so"
fi
LC_ALL=C.UTF-8 HOME="$training" XDG_CACHE_HOME="$training/cache" XDG_CONFIG_HOME="$training/config" \
    XDG_DATA_HOME="$training/data" "$java" "$record" "$@" \
    -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$class_path" org.broadsheet.StartupTraining \
    > /dev/null 2>&1
