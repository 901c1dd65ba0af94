; Inno Setup 6 script: DraftKit installer for Windows x64.
;
; Built by packaging\windows\build_windows.ps1 after PyInstaller has made dist\draftkit\.
; The version is never written here: the build script passes it from
; src\draftkit\__init__.py, e.g.
;   ISCC.exe /DAppVersion=X.Y.Z /DAppVersionNumeric=X.Y.Z.0 packaging\windows\draftkit.iss
;
; Installs for the current user by default (no administrator rights needed). IT can install
; for all users from the command line: draftkit-...-setup.exe /ALLUSERS /VERYSILENT
; (or /CURRENTUSER); the dialog also offers the choice when run interactively.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (build_windows.ps1 does this from draftkit.__version__)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion + ".0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\draftkit"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "DraftKit"
#define AppPublisher "DraftKit contributors"
#define GuiExe "draftkit-gui.exe"
#define CliExe "draftkit.exe"
#define DraftProgId "DraftKit.Draft"

[Setup]
; AppId identifies DraftKit for upgrades and uninstall: never change it between releases.
AppId={{A3CB82C0-0D2C-4F0E-B8AE-C1EAA65DAA9C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
SetupIconFile=..\icons\draftkit.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=draftkit-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "Grade and amend record relief laws for trafficking survivors"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; .draftkit drafts open in DraftKit. HKA is HKCU for a per-user and HKLM for an all-users install.
Root: HKA; Subkey: "Software\Classes\.draftkit"; ValueType: string; ValueName: ""; ValueData: "{#DraftProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.draftkit\OpenWithProgids"; ValueType: string; ValueName: "{#DraftProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#DraftProgId}"; ValueType: string; ValueName: ""; ValueData: "DraftKit draft"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#DraftProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\{#DraftProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".draftkit"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything written inside the bundle at run time goes with it.
Type: filesandordirs; Name: "{app}\_internal"
