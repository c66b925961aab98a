#!/bin/sh
# test-install.sh: installs Offload into a temporary prefix, as a packager
# would, then checks the installed files and runs the installed program:
# its --summary (in English and French) and its window under Xvfb with the
# installed schema and icon. TAP output.
set -u

src=${G_TEST_SRCDIR:?}/..
tmp=$(mktemp -d)
prefix="$tmp/prefix"
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$tmp"' EXIT

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
# Runs a check quietly: its output is TAP comments, shown only when it fails.
check () {
  desc=$1; shift
  if "$@" >"$tmp/check.log" 2>&1; then ok "$desc"; else not_ok "$desc"; sed 's/^/# /' "$tmp/check.log"; fi
}
finish () { echo "1..$n"; [ "$failed" = 0 ]; exit $?; }

if meson setup "$tmp/build" "$src" --prefix="$prefix" --libdir=lib >"$tmp/setup.log" 2>&1 &&
   meson compile -C "$tmp/build" >"$tmp/compile.log" 2>&1 &&
   meson install -C "$tmp/build" >"$tmp/install.log" 2>&1; then
  ok "meson setup, compile and install into a temporary prefix"
else
  not_ok "meson setup, compile and install into a temporary prefix"
  tail -20 "$tmp"/*.log | sed 's/^/# /'
  finish
fi

share="$prefix/share"
for f in \
  bin/offload \
  share/applications/io.github.offload.Offload.desktop \
  share/metainfo/io.github.offload.Offload.metainfo.xml \
  share/icons/hicolor/scalable/apps/io.github.offload.Offload.svg \
  share/icons/hicolor/symbolic/apps/io.github.offload.Offload-symbolic.svg \
  share/glib-2.0/schemas/io.github.offload.Offload.gschema.xml \
  share/glib-2.0/schemas/gschemas.compiled \
  share/mime/packages/io.github.offload.Offload.xml \
  share/locale/fr/LC_MESSAGES/offload.mo
do
  check "installed $f" [ -e "$prefix/$f" ]
done

check "the installed .desktop file is valid" desktop-file-validate "$share/applications/io.github.offload.Offload.desktop"
check "the installed .desktop file runs the installed binary by name" grep -q '^Exec=offload %F$' "$share/applications/io.github.offload.Offload.desktop"
check "the installed .desktop file is translated" grep -q '^Comment\[fr\]=' "$share/applications/io.github.offload.Offload.desktop"
check "the installed metainfo is valid" appstreamcli validate --no-net "$share/metainfo/io.github.offload.Offload.metainfo.xml"
check "the installed schema compiles strictly" glib-compile-schemas --strict --dry-run "$share/glib-2.0/schemas"
check "the mime type claims *.offload" grep -q 'glob pattern="\*.offload"' "$share/mime/packages/io.github.offload.Offload.xml"

doc="$src/tests/documents/good/seed-example.offload"
out=$(env -u LANGUAGE LC_ALL=C.UTF-8 "$prefix/bin/offload" --summary "$doc" 2>&1)
check "installed --summary works (English)" sh -c "echo \"\$1\" | grep -q 'Of which admin: €3,200 a month'" - "$out"
# fr_FR uses a narrow no-break space between thousands and a no-break space before €.
out=$(LANGUAGE=fr LC_ALL=fr_FR.UTF-8 "$prefix/bin/offload" --summary "$doc" 2>&1)
fr_money=$(printf '3\342\200\257200\302\240\342\202\254')   # 3<U+202F>200<U+00A0>€
check "installed --summary speaks French with French money" \
  sh -c "echo \"\$1\" | grep -q \"Dont administratif.*\$2 par mois\"" - "$out" "$fr_money"
echo "$out" | sed 's/^/# /'

# The window, from the prefix: its schema, its icon, its translations.
export XDG_DATA_DIRS="$share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" XDG_STATE_HOME="$tmp/state"
export GSETTINGS_SCHEMA_DIR="$share/glib-2.0/schemas"
LANGUAGE=fr LC_ALL=fr_FR.UTF-8 "$prefix/bin/offload" "$doc" >"$tmp/app.log" 2>&1 &
app=$!
win=$(timeout 20 xdotool search --sync --onlyvisible --name "Offload" 2>/dev/null | head -n 1)
check "the installed program opens its window" [ -n "$win" ]
if [ -n "$win" ]; then
  title=$(xdotool getwindowname "$win")
  echo "# window title: $title"
  check "the window shows the document" sh -c "echo \"\$1\" | grep -q 'Boulangerie Martin'" - "$title"
fi
check "the installed program is still running (no crash)" kill -0 "$app"
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
app=""
check "nothing critical was logged" sh -c "! grep -E 'CRITICAL|ERROR|not installed' \"\$1\"" - "$tmp/app.log"

finish
