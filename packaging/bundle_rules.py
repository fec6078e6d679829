"""What the PyInstaller build leaves out, and the Windows version resource; used by jmdesk.spec.

Kept out of the spec so that tests/packaging can check the rules without running a build.
Paths are PyInstaller destination names ("PySide6/Qt/plugins/platforms/libqxcb.so" on Linux,
"PySide6/plugins/platforms/qwindows.dll" on Windows, "PySide6/Qt/lib/QtQuick.framework/…" on macOS).
"""
from __future__ import annotations

import re
from fnmatch import fnmatch

# Platform plugins jmdesk needs: X11 (Wayland desktops run it through XWayland), Windows, macOS,
# and the screenless ones (offscreen for tests and chart export, minimal).
KEEP_PLATFORMS = ("xcb", "offscreen", "minimal", "windows", "cocoa")
DROP_PLUGIN_DIRS = {
    "qmltooling", "sqldrivers", "designer", "egldeviceintegrations", "generic", "networkinformation", "tls",
    "wayland-decoration-client", "wayland-graphics-integration-client", "wayland-graphics-integration-server",
    "wayland-shell-integration", "multimedia", "position", "texttospeech", "sceneparsers", "geometryloaders",
    "renderers", "scenegraph", "virtualkeyboard", "vectorimageformats", "canbus", "sensors", "webview"}
# (plugin folder, file pattern): the GTK theme pulls in GTK itself; the virtual keyboard needs QML;
# image formats jmdesk never reads (it reads text and shows SVG/PNG/JPEG icons).
DROP_PLUGINS = {("platformthemes", "*gtk3*"), ("platforminputcontexts", "*virtualkeyboard*"),
                ("imageformats", "*pdf*"), ("imageformats", "*tiff*"), ("imageformats", "*webp*"),
                ("imageformats", "*tga*"), ("imageformats", "*wbmp*"), ("imageformats", "*icns*")}
# Qt libraries that only excluded modules and dropped plugins load (matched as a path component:
# lib/libQt6Quick.so.6, Qt6Quick.dll, QtQuick.framework/…). Not Qt6OpenGL(Widgets): pyqtgraph imports both.
DROP_QT_LIBS = re.compile(
    r"(^|/)(lib)?Qt6?(Qml|Quick|Lottie|Labs|Designer|Pdf|Wayland|WlShell|EglFs|EglFS|VirtualKeyboard|"
    r"Test|Help|Sql|UiTools|Network|Multimedia|WebEngine|WebChannel|3D|ShaderTools|SpatialAudio|"
    r"TextToSpeech|Positioning)[A-Za-z0-9]*([._]|$)")
# Qt's software OpenGL (Windows, 20 MB: widgets do not need it), QML files, jieba's paddle model,
# and jieba's pickled tables (read on Jython only; CPython imports the same tables as modules).
DROP_OTHER = re.compile(r"(^|/)(opengl32sw\.dll|qml/|lac_small/)|/[^/]+\.p$")
# Qt's own strings (dialog buttons) in Chinese and English; the app's translations live in resources/.
KEEP_TRANSLATIONS = re.compile(r"(^|/)(qt|qtbase)_(zh_CN|zh_TW|zh_HK|en)\.qm$")


def unwanted(dest: str, jieba_analyse_used: bool = False) -> bool:
    """True for a bundled file jmdesk never loads."""
    path = dest.replace("\\", "/")
    if path.startswith("jieba/"):
        return bool(DROP_OTHER.search(path)) or (not jieba_analyse_used and path.startswith("jieba/analyse/"))
    if not (path.startswith("PySide6/") or "/PySide6/" in path):
        return False
    m = re.search(r"(^|/)plugins/([^/]+)/([^/]+)$", path)
    if m:
        kind, file = m.group(2), m.group(3)
        if kind == "platforms":
            return not any(re.match(rf"(lib)?q{p}\.", file) for p in KEEP_PLATFORMS)
        return kind in DROP_PLUGIN_DIRS or any(k == kind and fnmatch(file, pat) for k, pat in DROP_PLUGINS)
    if path.endswith(".qm"):
        return not KEEP_TRANSLATIONS.search(path)
    return bool(DROP_QT_LIBS.search(path) or DROP_OTHER.search(path))


def own_metadata(dest: str) -> bool:
    """jmdesk's installed metadata (jmdesk.egg-info/, jmdesk-0.1.0.dist-info/)."""
    top = dest.replace("\\", "/").split("/")[0]
    return top == "jmdesk.egg-info" or (top.startswith("jmdesk-") and top.endswith(".dist-info"))


def windows_version_text(project: dict) -> str:
    """A version resource in PyInstaller's VSVersionInfo text format, from pyproject's [project] table."""
    name, version = project["name"], project["version"]
    nums = [int(n) for n in re.findall(r"\d+", version)[:4]]
    nums += [0] * (4 - len(nums))
    strings = {"CompanyName": name, "FileDescription": project.get("description", name),
               "FileVersion": version, "InternalName": name, "OriginalFilename": f"{name}.exe",
               "ProductName": name, "ProductVersion": version, "LegalCopyright": "MIT License"}
    table = ",\n        ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
# Generated from pyproject.toml by packaging/bundle_rules.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(nums)}, prodvers={tuple(nums)}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
        {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


# --- Linux: system libraries ---------------------------------------------------------------------
# Left to the system (the .deb depends on them) so that they match its graphics drivers, X server and
# font configuration: a bundled libstdc++ older than the one Mesa's drivers need breaks OpenGL, and a
# bundled fontconfig older than the system's config files cannot read them.
SYSTEM_LIBS = re.compile(
    r"^(libstdc\+\+|libgcc_s|libfontconfig|libfreetype|libdbus-1|libglib-2\.0|libgthread-2\.0|"
    r"libgobject-2\.0|libgio-2\.0|libX11|libX11-xcb|libxcb-[a-z0-9-]+|libxkbcommon|libxkbcommon-x11|"
    r"libEGL|libGL|libGLX|libOpenGL)\.so")


def system_library(dest: str) -> bool:
    """A shared library from the build machine's /usr/lib that the installed system provides instead."""
    return "/" not in dest.replace("\\", "/") and bool(SYSTEM_LIBS.match(dest))


def reachable_only(binaries: list, needed) -> list:
    """Drop top-level shared libraries that no kept binary needs any more.

    PyInstaller resolves dependencies before the spec filters plugins out, so dropping a plugin (the
    GTK theme) leaves behind the libraries only it needed (GTK, cairo, harfbuzz…). `needed(src)` gives
    the sonames a binary links to directly (its DT_NEEDED entries). Python extension modules (also
    top-level ones such as cffi's _cffi_backend), everything in a subfolder (Qt, numpy.libs) and the
    Python library itself are roots; a top-level library stays if a root needs it, directly or
    through other kept libraries.
    """
    def top_level(dest: str, kind: str = "BINARY") -> bool:
        return kind == "BINARY" and "/" not in dest.replace("\\", "/")

    by_name = {dest: src for dest, src, kind in binaries if top_level(dest, kind)}
    todo = [src for dest, src, kind in binaries if not top_level(dest, kind) or dest.startswith("libpython")]
    keep: set[str] = {dest for dest in by_name if dest.startswith("libpython")}
    seen: set[str] = set()
    while todo:
        src = todo.pop()
        if src in seen:
            continue
        seen.add(src)
        for name in needed(src):
            if name in by_name and name not in keep:
                keep.add(name)
                todo.append(by_name[name])
    return [e for e in binaries if not top_level(e[0], e[2]) or e[0] in keep]


def elf_needed(path: str) -> list[str]:
    """DT_NEEDED sonames of an ELF file, read with readelf (binutils)."""
    import subprocess

    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def without_dangling_links(entries: list, collected: set[str]) -> list:
    """Drop SYMLINK entries (PyInstaller puts top-level aliases of subfolder libraries among the data
    files) whose target is no longer collected."""
    import posixpath

    def target(dest: str, link: str) -> str:
        dest, link = dest.replace("\\", "/"), link.replace("\\", "/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest), link))

    return [e for e in entries if e[2] != "SYMLINK" or target(e[0], e[1]) in collected]
