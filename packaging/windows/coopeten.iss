; Coopeten for Windows: a per-user installer, no administrator rights asked.
;
; Installs dist\coopeten (the PyInstaller bundle: Coopeten.exe, coopeten-cli.exe,
; _internal\) into %LOCALAPPDATA%\Programs\Coopeten, with a Start-menu shortcut, an
; optional desktop shortcut (ticked by default) and an uninstaller listed in
; Settings > Apps. Build it after `pyinstaller build.spec`, from any folder:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\coopeten.iss
;
; (packaging\windows\build.ps1 does both and passes the package's version.)
; The user's data is in %APPDATA%\Coopeten\Coopeten: an upgrade installs over the
; program and leaves it alone, and the uninstaller removes only what it installed.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\coopeten.iss
#endif
#define AppName "Coopeten"
#define AppExe "Coopeten.exe"
#define Bundle "..\..\dist\coopeten"

[Setup]
; The AppId ties every version together (upgrades, one entry in Settings > Apps).
; Never change it.
AppId={{1C446B75-2965-4ABC-8E51-267DF51FCB1E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
PrivilegesRequired=lowest
; with lowest privileges {autopf} is %LOCALAPPDATA%\Programs
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=coopeten-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\coopeten.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; close a running Coopeten before replacing its files
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the bundle's libraries wholesale: a file left over from an older
; version must not shadow a new one. Only the program folder; never user data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
