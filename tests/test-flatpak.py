#!/usr/bin/env python3
"""The Flatpak manifest cannot be built here (no runtime), so its structure
is checked: valid JSON, the app id, the command, and an offline app's
permissions: no network, no file system access (files go through the portal)."""
import json
import os
import sys

src = os.environ.get('G_TEST_SRCDIR', os.path.dirname(__file__))
path = os.path.join(src, '..', 'flatpak', 'io.github.offload.Offload.json')
checks = []


def check(name, condition):
    checks.append((name, bool(condition)))


try:
    with open(path, encoding='utf-8') as f:
        manifest = json.load(f)
    check('manifest is valid JSON', True)
except (OSError, ValueError) as e:
    print('not ok 1 - manifest is valid JSON: %s' % e)
    print('1..1')
    sys.exit(1)

args = manifest.get('finish-args', [])
check('app id is io.github.offload.Offload', manifest.get('id') == 'io.github.offload.Offload')
check('command is offload', manifest.get('command') == 'offload')
check('runtime is org.gnome.Platform with org.gnome.Sdk',
      manifest.get('runtime') == 'org.gnome.Platform' and manifest.get('sdk') == 'org.gnome.Sdk')
check('runtime version is a current GNOME release (47 or later)',
      str(manifest.get('runtime-version', '0')).isdigit() and int(manifest['runtime-version']) >= 47)
check('wayland, fallback-x11, ipc and dri are granted',
      {'--socket=wayland', '--socket=fallback-x11', '--share=ipc', '--device=dri'} <= set(args))
check('no network', not any(a.startswith('--share=network') for a in args))
check('no file system access (files through the portal)', not any(a.startswith('--filesystem') for a in args))
check('nothing else is granted', set(args) == {'--socket=wayland', '--socket=fallback-x11', '--share=ipc', '--device=dri'})
modules = manifest.get('modules', [])
check('the last module builds this tree with meson',
      modules and modules[-1].get('buildsystem') == 'meson'
      and any(s.get('type') == 'dir' for s in modules[-1].get('sources', [])))

failed = 0
for i, (name, ok) in enumerate(checks, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    failed += not ok
print('1..%d' % len(checks))
sys.exit(1 if failed else 0)
