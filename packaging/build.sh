#!/usr/bin/env bash
# Builds the Tagbench installers with jpackage into target/dist/, from a clean clone, in one command:
#   Linux:   target/dist/Tagbench/ (app-image, launcher bin/Tagbench) and target/dist/tagbench_<version>_amd64.deb
#   macOS:   target/dist/Tagbench.app and a .dmg      Windows (Git Bash): target/dist/Tagbench/ and a .msi
# The runtime is made by jlink (no Java needed on the target) and the PyTorch natives are unpacked into the image,
# so the installed app starts with no download and no copy into ~/.djl.ai.
# Options: --app-image-only (skip the installer package), --skip-build (reuse target/ from an earlier mvn package).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
packaging="$repo/packaging"
work="$repo/target/packaging"
dist="$repo/target/dist"
app_name="Tagbench"

package_too=true
build=true
for arg in "$@"; do
  case "$arg" in
    --app-image-only) package_too=false ;;
    --skip-build) build=false ;;
    *) echo "usage: packaging/build.sh [--app-image-only] [--skip-build]" >&2; exit 2 ;;
  esac
done

say() { echo "packaging: $*" >&2; }
fail() { echo "packaging: $*" >&2; exit 2; }

# The installer type and the PyTorch natives (a classifier of ai.djl.pytorch:pytorch-native-cpu) of this system.
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) os=linux; installer=deb; natives=linux-x86_64 ;;
  Linux-aarch64) os=linux; installer=deb; natives=linux-aarch64 ;;
  Darwin-arm64) os=mac; installer=dmg; natives=osx-aarch64 ;;
  MINGW*-x86_64 | MSYS*-x86_64 | CYGWIN*-x86_64) os=windows; installer=msi; natives=win-x86_64 ;;
  *) fail "no PyTorch CPU natives for $(uname -s) $(uname -m)" ;;
esac

java_bin() {
  local tool="$1"
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$tool" ]]; then
    echo "$JAVA_HOME/bin/$tool"
  elif command -v "$tool" >/dev/null 2>&1; then
    command -v "$tool"
  else
    fail "$tool not found: install a full JDK 17 or newer (not a JRE) and set JAVA_HOME"
  fi
}
jpackage="$(java_bin jpackage)"
jlink="$(java_bin jlink)"
jdeps="$(java_bin jdeps)"
java_major="$("$(java_bin java)" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"

# A .deb needs fakeroot and dpkg-deb; install them when missing and allowed to, and say so.
install_deb_tools() {
  local missing=()
  command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
  command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg-dev)
  ((${#missing[@]})) || return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]} (jpackage needs them for --type deb) with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
  else
    fail "jpackage needs ${missing[*]} for a .deb: sudo apt-get install ${missing[*]} (or run with --app-image-only)"
  fi
}

maven_package() {
  say "building (mvn package, tests skipped: run mvn test for them)"
  local args=(-B -q -DskipTests "-Dpytorch.native.classifier=$natives" clean package)
  mvn -o "${args[@]}" >&2 2>&1 || mvn "${args[@]}" >&2
}

project_version() {
  sed -n 's/^version=//p' target/classes/org/tagbench/version.properties
}

# jpackage wants N[.N[.N]]: 0.1.0-SNAPSHOT becomes 0.1.0.
installer_version() {
  project_version | sed 's/[^0-9.].*$//'
}

stage_input() {
  local input="$work/input"
  rm -rf "$input" && mkdir -p "$input/lib"
  cp "target/tagbench-$(project_version).jar" "$input/"
  # The natives jar stays out: its libraries are unpacked below, and keeping both would double 450 MB.
  find target/lib -name '*.jar' ! -name 'pytorch-native-*' -exec cp {} "$input/lib/" \;
  mkdir -p "$input/datasets"
  cp -r datasets/demo "$input/datasets/demo"
  rm -rf "$input/datasets/demo/.tagbench"
  unpack_pytorch_natives "$input/native/pytorch"
}

# DJL loads libtorch from PYTORCH_LIBRARY_PATH and its JNI glue from <djl-version>-<jni library> in the same folder.
unpack_pytorch_natives() {
  local dir="$1"
  local natives jni djl_version jni_platform
  natives="$(ls "$repo"/target/lib/pytorch-native-*.jar 2>/dev/null | head -1)"
  jni="$(ls "$repo"/target/lib/pytorch-jni-*.jar 2>/dev/null | head -1)"
  [[ -n "$natives" && -n "$jni" ]] || fail "no pytorch-native-*/pytorch-jni-* jar in target/lib"
  djl_version="$(basename "$jni" .jar | sed 's/^pytorch-jni-[^-]*-//')"
  mkdir -p "$dir" "$work/unzip"
  rm -rf "$work/unzip"/*
  (cd "$work/unzip" && unzip -q -o "$natives" 'pytorch/*' 'native/lib/pytorch.properties' && unzip -q -o "$jni" 'jnilib/*')
  find "$work/unzip/pytorch" -type f -exec cp {} "$dir/" \;
  cp "$work/unzip/native/lib/pytorch.properties" "$dir/"
  jni_platform="$(sed -n 's/^classifier=//p' "$dir/pytorch.properties")"
  local jni_lib
  jni_lib="$(find "$work/unzip/jnilib/$jni_platform/cpu" -type f | head -1)"
  [[ -n "$jni_lib" ]] || fail "pytorch-jni has no CPU library for $jni_platform"
  cp "$jni_lib" "$dir/$djl_version-$(basename "$jni_lib")"
  rm -rf "$work/unzip"
  pytorch_version="$(sed -n 's/^version=\([0-9.]*\).*/\1/p' "$dir/pytorch.properties")"
  say "PyTorch $pytorch_version natives for $jni_platform unpacked ($(du -sh "$dir" | cut -f1)), DJL $djl_version JNI beside them"
}

# The modules jdeps finds in our jar and every library, plus what they reach only by reflection or native code.
make_runtime() {
  local runtime="$work/runtime"
  local found extra modules
  found="$("$jdeps" --print-module-deps --ignore-missing-deps --multi-release "$java_major" \
      --class-path "$work/input/lib/*" "$work/input/tagbench-$(project_version).jar")"
  # jdk.unsupported: sun.misc.Unsafe for JavaFX, DJL and JNA; jdk.zipfs: reading jars as file systems;
  # jdk.crypto.ec / jdk.charsets: TLS and non-UTF-8 file names if a user's setup needs them;
  # jdk.localedata: number and date formats in the user's language; java.management: JMX used by libraries' metrics.
  extra="jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.charsets,jdk.localedata,java.management,java.naming,java.scripting"
  modules="$(echo "$found,$extra" | tr ',' '\n' | sort -u | paste -sd, -)"
  say "jlink runtime with $modules"
  rm -rf "$runtime"
  local compress="--compress=2"
  ((java_major >= 21)) && compress="--compress=zip-6"
  "$jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages "$compress" --output "$runtime"
}

java_options() {
  local options=(
    "-Dtagbench.home=\$APPDIR"
    "-Dai.djl.offline=true"
    "-DOPT_OUT_TRACKING=true"
    "-DPYTORCH_LIBRARY_PATH=\$APPDIR/native/pytorch"
    "-DPYTORCH_VERSION=$pytorch_version"
    "-DPYTORCH_FLAVOR=cpu"
    "-Dfile.encoding=UTF-8"
  )
  # JDK 22+ warns on every native call without it (JavaFX, SQLite, DJL all load native code).
  ((java_major >= 22)) && options+=("--enable-native-access=ALL-UNNAMED")
  for option in "${options[@]}"; do
    printf -- '--java-options\n%s\n' "$option"
  done
}

icon_option() {
  case "$os" in
    linux) echo "$packaging/linux/Tagbench.png" ;;
    mac) echo "$packaging/mac/Tagbench.icns" ;;
    windows) echo "$packaging/windows/Tagbench.ico" ;;
  esac
}

make_app_image() {
  local icon options=()
  icon="$(icon_option)"
  [[ -f "$icon" ]] && options+=(--icon "$icon") || say "no $(basename "$icon") for $os: the image gets jpackage's default icon"
  mapfile -t java_opts < <(java_options)
  rm -rf "$dist/$app_name" "$dist/$app_name.app"
  mkdir -p "$dist"
  say "jpackage app-image"
  "$jpackage" --type app-image --name "$app_name" --app-version "$(installer_version)" \
    --vendor "Tagbench" --copyright "GPL-3.0-or-later" \
    --description "Workbench for multi-label audio tagging with noisy labels" \
    --input "$work/input" --main-jar "tagbench-$(project_version).jar" --main-class org.tagbench.cli.TagbenchCli \
    --runtime-image "$work/runtime" "${java_opts[@]}" "${options[@]}" --dest "$dist"
}

make_installer() {
  local options=()
  case "$installer" in
    deb)
      install_deb_tools
      # The generated dependencies miss GTK, which JavaFX needs for its window.
      # packaging/linux holds the icon, the desktop entry and the postinst/prerm that link /usr/bin/tagbench.
      options+=(--linux-package-name tagbench --linux-package-deps libgtk-3-0 --linux-shortcut
                --linux-app-category sound --resource-dir "$packaging/linux" --license-file LICENSE) ;;
    msi) options+=(--win-menu --win-shortcut --win-dir-chooser --license-file LICENSE) ;;
    dmg) options+=(--license-file LICENSE) ;;
  esac
  say "jpackage --type $installer"
  "$jpackage" --type "$installer" --name "$app_name" --app-version "$(installer_version)" \
    --vendor "Tagbench" --copyright "GPL-3.0-or-later" \
    --description "Workbench for multi-label audio tagging with noisy labels" \
    --app-image "$dist/$app_name$([[ $os == mac ]] && echo .app)" "${options[@]}" --dest "$dist"
}

started=$SECONDS
$build && maven_package
[[ -f "target/tagbench-$(project_version).jar" ]] || fail "target/tagbench-$(project_version).jar missing: run without --skip-build"
stage_input
make_runtime
make_app_image
"$packaging/check-no-benchmarks.sh" "$dist/$app_name$([[ $os == mac ]] && echo .app)" >&2 || fail "the app-image holds benchmark classes"
"$packaging/check-no-spark.sh" "$dist/$app_name$([[ $os == mac ]] && echo .app)" >&2 || fail "the app-image holds the Spark job or Spark's jars"
$package_too && make_installer
say "done in $((SECONDS - started)) s:"
du -sh "$dist"/* >&2
