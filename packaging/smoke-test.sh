#!/usr/bin/env bash
# Packaging smoke test: builds the Linux app image (no installer) and checks that it runs
# without a JDK of its own: `touchmap --version`, a sample validated and a report written by the
# bundled runtime, the Russian and Serbian locale data present, the image within 120 MB, and a
# class data sharing archive made from the recorded class list usable by the launcher.
# Usage: packaging/smoke-test.sh   (from anywhere; about two minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -Ppackage -Djpackage.installer.skip=true -DskipTests package
image=target/jpackage/touchmap
launcher="$image/bin/touchmap"

version=$("$launcher" --version)
echo "$version"
[[ "$version" == Touchmap\ * ]] || { echo "FAIL: --version printed '$version'"; exit 1; }

"$launcher" validate assets/samples/medical-clinic.cjm
"$launcher" report assets/samples/medical-clinic.ru.cjm > /dev/null
# The trimmed runtime has no java command; its release file lists the modules it kept. Dates in
# Russian and Serbian need jdk.localedata.
modules=$(grep '^MODULES=' "$image/lib/runtime/release")
for module in java.desktop java.prefs jdk.localedata jdk.unsupported; do
  grep -qw "$module" <<< "$modules" || { echo "FAIL: the runtime lacks $module"; exit 1; }
done

size=$(du -sm "$image" | cut -f1)
echo "app image: $size MB"
[ "$size" -le 120 ] || { echo "FAIL: the app image is $size MB, more than 120 MB"; exit 1; }
# The installer makes a class data sharing archive of the classes recorded at build time
# (postinst); made the same way here, the launcher must be able to map it: -Xshare:on fails if not.
classes="$image/lib/app/touchmap.classlist"
archive="$image/lib/app/touchmap.jsa"
[ "$(wc -l < "$classes")" -ge 3000 ] || { echo "FAIL: the class list has fewer than 3,000 classes"; exit 1; }
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classes -XX:SharedArchiveFile=$archive" "$launcher" >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" validate assets/samples/medical-clinic.cjm 2>/dev/null \
  || { echo "FAIL: the launcher cannot use the class data sharing archive"; exit 1; }
rm -f "$archive"
echo "ok: the app image runs without a JDK"
