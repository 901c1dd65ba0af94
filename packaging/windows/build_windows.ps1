# Build the DraftKit Windows installer: PyInstaller folder, smoke test, Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1 [-SignCert path.pfx]
#
# Needs: Python 3.11+ (x64) on PATH as `py -3.11` or `python`, and Inno Setup 6
# (ISCC.exe; winget install JRSoftware.InnoSetup). Output:
#   dist\draftkit\                          the application folder
#   dist\draftkit-<ver>-windows-x64.zip     the folder zipped (portable)
#   dist\draftkit-<ver>-windows-x64-setup.exe  the installer
# NOT TRIED YET: written on Linux, where the Linux build was built and smoke-tested.
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$SignCert = "",         # optional .pfx for signtool; password in $env:SIGN_PASSWORD
    [string]$TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Step($text) { Write-Host "`n== $text" }
function Invoke-Checked { param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit $LASTEXITCODE" }
}

if (-not $Python) {
    if (Get-Command py -ErrorAction SilentlyContinue) { $Python = "py"; $PyArgs = @("-3.11") }
    else { $Python = "python"; $PyArgs = @() }
} else { $PyArgs = @() }

Step "build environment: build\pkg-venv"
if (Test-Path build\pkg-venv) { Remove-Item -Recurse -Force build\pkg-venv }
if (Test-Path dist\draftkit) { Remove-Item -Recurse -Force dist\draftkit }
Invoke-Checked $Python ($PyArgs + @("-m", "venv", "build\pkg-venv"))
$Py = "build\pkg-venv\Scripts\python.exe"
Invoke-Checked $Py @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked $Py @("-m", "pip", "install", "-q", ".[package]")
$Version = (& $Py packaging\pyinstaller\build_info.py version).Trim()
$VersionNumeric = (& $Py packaging\pyinstaller\build_info.py version-numeric).Trim()
Write-Host "DraftKit $Version"

Step "pyinstaller"
Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\pyinstaller\draftkit.spec")

if ($SignCert) {
    Step "sign the executables"
    foreach ($exe in @("dist\draftkit\draftkit-gui.exe", "dist\draftkit\draftkit.exe")) {
        Invoke-Checked signtool @("sign", "/f", $SignCert, "/p", $env:SIGN_PASSWORD,
            "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256", $exe)
    }
}

Step "smoke tests"
$env:QT_QPA_PLATFORM = "offscreen"
$Exe = (Resolve-Path "dist\draftkit\draftkit.exe").Path
$Work = Join-Path $env:TEMP ("draftkit-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $Work | Out-Null
Push-Location $Work
try {
    $t = Measure-Command { Invoke-Checked $Exe @("--version") }
    Write-Host "draftkit --version: $([math]::Round($t.TotalSeconds, 3)) s"
    $json = & $Exe grade NV --json | Out-String
    if ($LASTEXITCODE -ne 0) { throw "grade NV failed" }
    $grade = $json | ConvertFrom-Json
    Write-Host "grade NV: $($grade.score) $($grade.grade)"
    Invoke-Checked $Exe @("screenshot", "NV", "-o", "x.png")
    if ((Get-Item x.png).Length -lt 10000) { throw "screenshot too small" }
    $t = Measure-Command { Invoke-Checked $Exe @("grade", "NV", "--json") | Out-Null }
    Write-Host "draftkit grade NV: $([math]::Round($t.TotalSeconds, 3)) s"
} finally {
    Pop-Location
    Remove-Item -Recurse -Force $Work
}
$size = (Get-ChildItem -Recurse dist\draftkit | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("bundle folder size: {0:N0} MB" -f $size)

Step "portable zip"
$Zip = "dist\draftkit-$Version-windows-x64.zip"
if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path dist\draftkit -DestinationPath $Zip

Step "installer (Inno Setup)"
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    $Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found: winget install JRSoftware.InnoSetup" }
Invoke-Checked $Iscc @("/Qp", "/DAppVersion=$Version", "/DAppVersionNumeric=$VersionNumeric",
    "packaging\windows\draftkit.iss")
$Setup = "dist\draftkit-$Version-windows-x64-setup.exe"
if ($SignCert) {
    Invoke-Checked signtool @("sign", "/f", $SignCert, "/p", $env:SIGN_PASSWORD,
        "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256", $Setup)
}
foreach ($file in @($Setup, $Zip)) {
    $hash = (Get-FileHash -Algorithm SHA256 $file).Hash.ToLower()
    Set-Content -Encoding ascii "$file.sha256" "$hash  $(Split-Path -Leaf $file)"
}
Get-Item $Setup, $Zip | Format-Table Name, @{n="MB"; e={[math]::Round($_.Length / 1MB, 1)}}
