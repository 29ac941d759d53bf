#!/usr/bin/env bash
# Builds the Debian package from the release build (build/), checks it the way a distribution would
# (contents, dependencies, versions, lintian, desktop-file-validate, appstreamcli), installs it with apt, runs
# the installed programs from outside the source tree, and removes it: the package is never left installed.
# Run after `cmake --preset release && cmake --build --preset release`, with the tools of
# `install-deps.sh --release`. apt runs through sudo when not root.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
fail() { echo "deb-check: $*" >&2; exit 1; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt)
[ -n "$version" ] || fail "no release build in build/ (cmake --preset release)"
rm -f build/plumbline_*.deb
(cd build && cpack -G DEB >/dev/null)
deb=build/plumbline_${version}_amd64.deb
[ -f "$deb" ] || fail "cpack wrote no $deb"

# Other work on a shared machine may hold apt's lock for a while: wait for it rather than fail.
apt=(apt-get -o DPkg::Lock::Timeout=600 -y -qq)
tmp=$(mktemp -d)
installed() { dpkg-query -W -f='${Status}' plumbline 2>/dev/null | grep -q ' installed$'; }
cleanup() {
  if installed; then $sudo "${apt[@]}" remove plumbline >/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
[ ! -e /usr/bin/plumbline-cli ] || installed || fail "/usr/bin/plumbline-cli exists outside the package"

echo "$deb: $(du -k "$deb" | cut -f1) KiB, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -Eq -- '-dev( |,|$)' <<<"$depends" && fail "the package depends on a -dev package"

dpkg-deb -x "$deb" "$tmp/root"
for f in usr/bin/plumbline usr/bin/plumbline-cli usr/share/man/man1/plumbline.1.gz usr/share/man/man1/plumbline-cli.1.gz \
  usr/share/applications/plumbline.desktop usr/share/metainfo/org.plumbline.Plumbline.metainfo.xml \
  usr/share/mime/packages/plumbline.xml usr/share/icons/hicolor/scalable/apps/plumbline.svg \
  usr/share/doc/plumbline/copyright usr/share/doc/plumbline/changelog.gz; do
  [ -f "$tmp/root/$f" ] || fail "/$f is not in the package"
done
for size in 16 22 24 32 48 64 128 256; do
  [ -f "$tmp/root/usr/share/icons/hicolor/${size}x${size}/apps/plumbline.png" ] || fail "no ${size}px icon"
done
for kind in packs codelists; do
  diff -r "resources/$kind" "$tmp/root/usr/share/plumbline/$kind" >/dev/null ||
    fail "/usr/share/plumbline/$kind differs from resources/$kind"
done
zcat "$tmp/root/usr/share/man/man1/plumbline-cli.1.gz" | grep -q '^\.SS "plumbline\\-cli check' ||
  fail "the plumbline-cli man page has no section for 'check'"

# One version everywhere: the project's, the package's, the programs', the changelog's and AppStream's newest.
metainfo=$tmp/root/usr/share/metainfo/org.plumbline.Plumbline.metainfo.xml
release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d '"' -f 2)
changelog=$(zcat "$tmp/root/usr/share/doc/plumbline/changelog.gz" | head -n 1 | sed -n 's/^plumbline (\([^)]*\)).*/\1/p')
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
[ "$release" = "$version" ] || fail "the newest release in the AppStream data is $release, not $version"
[ "$changelog" = "$version" ] || fail "the newest entry of packaging/changelog is $changelog, not $version"

desktop-file-validate "$tmp/root/usr/share/applications/plumbline.desktop"
appstreamcli validate --no-net --pedantic "$metainfo"
mkdir -p "$tmp/mime/packages"
cp "$tmp/root/usr/share/mime/packages/plumbline.xml" "$tmp/mime/packages/"
update-mime-database "$tmp/mime" 2>"$tmp/mime.txt" || { cat "$tmp/mime.txt"; fail "plumbline.xml is not valid"; }
grep -q 'application/x-popolo+json' "$tmp/mime/types" || fail "plumbline.xml defines no Popolo type"

echo "lintian:"
lintian --fail-on error --display-info "$deb" | tee "$tmp/lintian.txt"
echo "lintian: $(grep -c '^E:' "$tmp/lintian.txt") errors, $(grep -c '^W:' "$tmp/lintian.txt") warnings," \
  "$(grep -c '^I:' "$tmp/lintian.txt") info"

# Installed as an IT desk would, run from a folder outside the source tree.
$sudo env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "./$deb" >/dev/null
mkdir "$tmp/run"
(
  cd "$tmp/run"
  /usr/bin/plumbline-cli --version
  [ "$(/usr/bin/plumbline-cli --version | head -n 1)" = "plumbline-cli $version" ] || fail "plumbline-cli --version"
  /usr/bin/plumbline-cli packs >/dev/null
  /usr/bin/plumbline-cli sample planning --rows 1000 --out "$tmp/run/sample.csv"
  status=0
  /usr/bin/plumbline-cli check "$tmp/run/sample.csv" --output report.txt || status=$?
  [ "$status" -le 1 ] || fail "plumbline-cli check exited with $status"
  grep -q 'PA-' report.txt || fail "the installed plumbline-cli found none of the planning pack's findings"
  QT_QPA_PLATFORM=offscreen /usr/bin/plumbline --version >version.txt
  [ "$(head -n 1 version.txt)" = "plumbline $version" ] || fail "plumbline --version"
)
$sudo "${apt[@]}" remove plumbline >/dev/null
! installed || fail "plumbline is still installed"
echo "deb-check: $deb built, checked, installed, run and removed"
