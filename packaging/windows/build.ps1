# Build jmdesk on Windows (PowerShell, from the repository root):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11+ (py launcher) and, for the installer, Inno Setup 6 (https://jrsoftware.org/isinfo.php).
# Output: dist\jmdesk\jmdesk.exe (window), dist\jmdesk\jmdesk-cli.exe (command line),
#         dist\jmdesk-<version>-setup.exe (per-user installer)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path build\venv\Scripts\python.exe)) { py -3.11 -m venv build\venv }
$py = "build\venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -e ".[package]"
if ($LASTEXITCODE) { throw "pip install failed" }
& $py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\jmdesk.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
& dist\jmdesk\jmdesk-cli.exe --version
& dist\jmdesk\jmdesk-cli.exe --self-test
if ($LASTEXITCODE) { throw "the packaged self-test failed" }
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { $iscc = Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe" }
if (Test-Path $iscc) { & $iscc packaging\windows\jmdesk.iss; if ($LASTEXITCODE) { throw "ISCC failed" } }
else { Write-Warning "Inno Setup 6 not found: dist\jmdesk is built, the installer is not" }
