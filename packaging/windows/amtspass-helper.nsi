; Windows installer of the Amtspass helper, built on Linux with makensis (packaging/build-windows-installer.ts).
; Per user, no administrator rights: the executable goes to %LOCALAPPDATA%\Programs\Amtspass, the
; browsers find it through HKCU keys that name its host manifests. The manifests name the executable
; by a relative path, which Chromium and Firefox resolve against the manifest's folder on Windows.
; Defined by the build: VERSION, EXE, CHROMIUM_MANIFEST, FIREFOX_MANIFEST, LICENCE, OUTFILE.

Unicode true
; A 64-bit installer for a 64-bit helper (also keeps the registry writes in the 64-bit view).
Target amd64-unicode
!include "MUI2.nsh"

!define HOST "de.amtspass.helper"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Amtspass"

Name "Amtspass-Hilfsprogramm ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Amtspass"
RequestExecutionLevel user
SetCompressor /SOLID zlib

!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

Section "Amtspass-Hilfsprogramm"
  SetOutPath "$INSTDIR"
  File "/oname=amtspass-helper.exe" "${EXE}"
  File "/oname=${HOST}.chromium.json" "${CHROMIUM_MANIFEST}"
  File "/oname=${HOST}.firefox.json" "${FIREFOX_MANIFEST}"
  ; The executable embeds Node.js: its licence (with its bundled components') goes along.
  File "/oname=LICENSE-Node.js.txt" "${LICENCE}"
  ; Chrome's key is read by Chromium, Brave and Vivaldi as well; Edge reads its own.
  WriteRegStr HKCU "Software\Google\Chrome\NativeMessagingHosts\${HOST}" "" "$INSTDIR\${HOST}.chromium.json"
  WriteRegStr HKCU "Software\Microsoft\Edge\NativeMessagingHosts\${HOST}" "" "$INSTDIR\${HOST}.chromium.json"
  WriteRegStr HKCU "Software\Mozilla\NativeMessagingHosts\${HOST}" "" "$INSTDIR\${HOST}.firefox.json"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Amtspass-Hilfsprogramm"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Amtspass"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  DeleteRegKey HKCU "Software\Google\Chrome\NativeMessagingHosts\${HOST}"
  DeleteRegKey HKCU "Software\Microsoft\Edge\NativeMessagingHosts\${HOST}"
  DeleteRegKey HKCU "Software\Mozilla\NativeMessagingHosts\${HOST}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  Delete "$INSTDIR\amtspass-helper.exe"
  Delete "$INSTDIR\${HOST}.chromium.json"
  Delete "$INSTDIR\${HOST}.firefox.json"
  Delete "$INSTDIR\LICENSE-Node.js.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
