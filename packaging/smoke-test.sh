#!/usr/bin/env bash
# Checks the built installer the way a user meets it: unpacks the .deb into a scratch root (as dpkg would under /),
# then, as an unprivileged user with an empty HOME and no network at all (a fresh network namespace), runs the
# installed launcher: --version, doctor (loads PyTorch from the image), and demo (its workspace must go to the
# user's data folder, since the installation is read-only to that user), and the window itself under Xvfb, timing
# its start-up to the first painted clip. Prints the times and sizes it measured.
# Then installs the real .deb with apt-get, as a user would, twice: as the system is (a plain Debian 12 has no desktop
# menu directories, where xdg-desktop-menu fails) and with the menu directories a desktop provides; each time
# `tagbench --version` must work from the PATH and name the commit built, the menu entry must be there, and
# `apt-get remove` then `purge` must leave nothing behind.
# Needs root (unshare, runuser, apt-get) and a .deb from packaging/build.sh, on a system where tagbench is not
# installed (it installs and removes it). Not part of mvn test: it takes minutes.
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

# The real package, installed and removed by apt-get.
menu_entry=/usr/share/applications/tagbench-Tagbench.desktop
! dpkg -s tagbench > /dev/null 2>&1 || fail "tagbench is installed already: remove it first (apt-get purge tagbench)"
install_use_remove() {
  echo "smoke-test: -- apt-get install $(basename "$deb") ($1)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o Dpkg::Use-Pty=0 "$deb" 2>&1 | tee "$scratch/apt.txt" >&2
  [[ ${PIPESTATUS[0]} -eq 0 ]] || fail "apt-get install failed ($1)"
  # postinst says when it had no menu system to register with and copied the entry itself.
  if grep -q "no desktop menu to register with" "$scratch/apt.txt"; then [[ $2 == copied ]]; else [[ $2 == registered ]]; fi \
    || fail "expected the menu entry to be $2 ($1)"
  [[ "$(command -v tagbench)" == /usr/bin/tagbench ]] || fail "no tagbench on the PATH ($1)"
  local installed_version
  installed_version="$(cd / && runuser -u nobody -- env -i HOME="$home" PATH=/usr/bin:/bin tagbench --version)" \
    || fail "tagbench --version exited $? ($1)"
  echo "$installed_version" >&2
  local commit
  commit="$(sed -n 's/^Tagbench .* (commit \([0-9a-f]*\))$/\1/p' <<< "$installed_version")"
  [[ -n "$commit" ]] && git -C "$repo" cat-file -e "$commit^{commit}" 2>/dev/null \
    || fail "tagbench --version names no commit of this repository ($1)"
  [[ -f "$menu_entry" ]] || fail "no menu entry $menu_entry ($1)"
  if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate "$menu_entry" || fail "desktop-file-validate rejects $menu_entry"
  fi
  echo "smoke-test: -- apt-get remove tagbench ($1)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -q -o Dpkg::Use-Pty=0 tagbench >&2 || fail "apt-get remove exited $? ($1)"
  [[ ! -e /usr/bin/tagbench && ! -e "$menu_entry" && ! -e /opt/tagbench ]] \
    || fail "left behind after remove: $(ls -d /usr/bin/tagbench "$menu_entry" /opt/tagbench 2>/dev/null) ($1)"
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o Dpkg::Use-Pty=0 tagbench >&2 || fail "apt-get purge exited $? ($1)"
  ! dpkg -s tagbench > /dev/null 2>&1 || fail "dpkg still knows tagbench after purge ($1)"
  echo "smoke-test: installed, ran and removed cleanly ($1)" >&2
}
if [[ -d /etc/xdg/menus || -d /usr/share/desktop-directories ]]; then
  install_use_remove "desktop menu directories present" registered
else
  install_use_remove "no desktop menu directories" copied
  # What a desktop environment's packages provide: xdg-desktop-menu then registers the entry itself.
  mkdir -p /etc/xdg/menus /usr/share/desktop-directories
  install_use_remove "desktop menu directories present" registered
  rmdir /etc/xdg/menus/applications-merged 2>/dev/null || true
  rmdir /etc/xdg/menus /usr/share/desktop-directories
fi

echo "smoke-test: installed size $(du -sh "$scratch/root/opt/tagbench" | cut -f1), .deb $(du -h "$deb" | cut -f1)," \
  "app-image $(du -sh "$repo/target/dist/Tagbench" | cut -f1)" >&2
echo "smoke-test: all checks passed" >&2
