# Sourced by packaging/check-no-*.sh: fills the array `jars` with every jar of the given app-images, folders or jars
# (default: the app-image packaging/build.sh writes). $1 is the calling check's name for its messages; exits 2 when
# there is nothing to check.
collect_app_jars() {
  local check=$1; shift
  local repo targets target jar
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  targets=("$@")
  ((${#targets[@]})) || targets=("$repo/target/dist/Tagbench")
  jars=()
  for target in "${targets[@]}"; do
    if [[ -d "$target" ]]; then
      while IFS= read -r jar; do jars+=("$jar"); done < <(find "$target" -name '*.jar' | sort)
    elif [[ -f "$target" ]]; then
      jars+=("$target")
    else
      echo "$check: $target not found (build the app-image with packaging/build.sh first)" >&2
      exit 2
    fi
  done
  ((${#jars[@]})) || { echo "$check: no jar under ${targets[*]}" >&2; exit 2; }
  checked="${targets[*]}"
}
