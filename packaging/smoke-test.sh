#!/usr/bin/env bash
# Checks the built installer the way a user meets it: unpacks the .deb into a scratch root (as dpkg would under /),
# then, as an unprivileged user with an empty HOME and no network at all (a fresh network namespace), runs the
# installed launcher: --version, doctor (loads PyTorch from the image), and demo (its workspace must go to the
# user's data folder, since the installation is read-only to that user), and the window itself under Xvfb, timing
# its start-up to the first painted clip. Prints the times and sizes it measured.
# Needs root (unshare, runuser) and a .deb from packaging/build.sh. Not part of mvn test: it takes a minute.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="$(ls "$repo"/target/dist/tagbench_*.deb 2>/dev/null | head -1)"
[[ -n "$deb" ]] || { echo "smoke-test: no target/dist/tagbench_*.deb: run packaging/build.sh first" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "smoke-test: needs root for unshare and runuser" >&2; exit 2; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
chmod 755 "$scratch"
dpkg-deb -x "$deb" "$scratch/root"
launcher="$scratch/root/opt/tagbench/bin/Tagbench"
home="$scratch/home"
mkdir -p "$home" && chown nobody "$home"

# As nobody, offline: unshare -n leaves only a loopback interface that is down.
as_user_offline() {
  unshare -n runuser -u nobody -- env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$launcher" "$@"
}
timed() {
  local started=$EPOCHREALTIME
  as_user_offline "$@"
  printf 'smoke-test: %s took %.2f s\n' "$*" "$(echo "$EPOCHREALTIME - $started" | bc)" >&2
}

fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }

version="$(timed --version)" || fail "--version exited $?"
echo "$version"
[[ "$version" == Tagbench* ]] || fail "--version printed: $version"

timed doctor | tee "$scratch/doctor.txt" || fail "doctor reported a problem"
grep -q "natives from /.*/opt/tagbench/lib/app/native/pytorch (PYTORCH_LIBRARY_PATH)" "$scratch/doctor.txt" \
  || fail "PyTorch was not loaded from the image"
[[ ! -e "$home/.djl.ai" ]] || fail "DJL copied natives into $home/.djl.ai"

timed demo > "$scratch/demo.txt" || fail "demo exited $?"
[[ -f "$home/.local/share/tagbench/workspaces/demo/workspace.db" ]] || fail "the demo workspace is not in the data folder"
[[ ! -e "$scratch/root/opt/tagbench/lib/app/datasets/demo/.tagbench" ]] || fail "the demo wrote into the installation"
grep -E "^clips" "$scratch/demo.txt" >&2

# Start-up to a painted window (the demo workspace's first clip drawn), as the user offline, under a virtual display.
if command -v xvfb-run > /dev/null; then
  for round in 1 2 3; do
    painted="$(unshare -n runuser -u nobody -- env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
      TAGBENCH_STARTUP_PROBE=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" 2>/dev/null \
      | grep -o 'startup_to_painted_window_ms=[0-9]*')" || fail "the window did not paint (round $round)"
    echo "smoke-test: start-up round $round: $painted" >&2
  done
else
  echo "smoke-test: no xvfb-run: start-up to a painted window not measured" >&2
fi

echo "smoke-test: installed size $(du -sh "$scratch/root/opt/tagbench" | cut -f1), .deb $(du -h "$deb" | cut -f1)," \
  "app-image $(du -sh "$repo/target/dist/Tagbench" | cut -f1)" >&2
echo "smoke-test: all checks passed" >&2
