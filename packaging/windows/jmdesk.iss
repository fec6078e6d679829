; Inno Setup 6 script: a per-user installer for the one-folder build in dist\jmdesk\ (no admin rights,
; installs to %LOCALAPPDATA%\Programs\jmdesk, Start-menu shortcut, uninstaller in "Apps & features").
;
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\jmdesk.iss
;
; The version is read from jmdesk.exe's version resource, which the PyInstaller spec writes from
; pyproject.toml, so the installer cannot disagree with the program. Output: dist\jmdesk-<version>-setup.exe

#define AppName "jmdesk"
#define DistDir "..\..\dist\jmdesk"
#define IconFile "..\..\build\pyinstaller\jmdesk\icons\jmdesk.ico"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + DistDir + "\jmdesk.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error dist\jmdesk\jmdesk.exe is missing or has no version resource: build it with the spec first
#endif

[Setup]
AppId={{CD666507-3BFE-4957-B904-ED5B6E4D8084}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=jmdesk
AppComments=Compare government work reports: sections, wording and figures, offline
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per user: {autopf} becomes %LOCALAPPDATA%\Programs, shortcuts go to the user's Start menu
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=jmdesk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\jmdesk.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the bundled libraries wholesale, so that no file of an older version lingers
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\jmdesk.exe"; Comment: "Compare government work reports"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\jmdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\jmdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
