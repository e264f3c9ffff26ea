# Builds Coopeten for Windows:
#
#   dist\coopeten\                                   the PyInstaller bundle (build.spec)
#   dist\coopeten-VERSION-windows-setup.exe          per-user installer (coopeten.iss)
#   dist\coopeten-VERSION-windows-portable.zip       the bundle, to unzip and run
#
# Usage (PowerShell, from anywhere):  pwsh packaging\windows\build.ps1
# Needs Python 3.11 (the `py` launcher or `python` on PATH) and Inno Setup 6 (ISCC.exe on
# PATH or in its default folder). Both programs' --self-test must pass before packing.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Check($what) {
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) {
    if (Get-Command py -ErrorAction SilentlyContinue) { py -3.11 -m venv .venv }
    else { python -m venv .venv }
    Check "creating .venv"
}
$py = ".venv\Scripts\python.exe"
# the app's dependencies and PyInstaller as locked: every file checked against its hash,
# wheels only (packaging/lock.sh writes the lock from pyproject.toml)
& $py -m pip install --quiet --disable-pip-version-check --require-hashes `
    --only-binary :all: -r requirements-build.txt
Check "pip install"
$version = (& $py -c "import coopeten_gui; print(coopeten_gui.__version__)").Trim()
Check "reading the version"

Write-Host "== PyInstaller bundle (Coopeten $version)"
& .venv\Scripts\pyinstaller.exe --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller build.spec
Check "pyinstaller"

Write-Host "== Self-test of both programs"
& dist\coopeten\coopeten-cli.exe --self-test
Check "coopeten-cli --self-test"
# The windowed program has no console to print to: its exit status is the answer.
$gui = Start-Process dist\coopeten\Coopeten.exe -ArgumentList "--self-test" -Wait -PassThru
if ($gui.ExitCode -ne 0) { throw "Coopeten.exe --self-test failed (exit $($gui.ExitCode))" }

Write-Host "== Portable zip"
$zip = "dist\coopeten-$version-windows-portable.zip"
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path dist\coopeten -DestinationPath $zip

Write-Host "== Installer"
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 is not installed (ISCC.exe not found)" }
& $iscc /Q "/DAppVersion=$version" packaging\windows\coopeten.iss
Check "ISCC"

Get-ChildItem "dist\coopeten-$version-windows-*" | Format-Table Name, Length
