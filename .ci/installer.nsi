; Installer of papi-desktop for school PCs (NSIS 3, Unicode, Vietnamese).
;
;   python3 .ci/dev.py installer      (runs makensis on the one-dir bundle dist/papi-desktop)
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist\papi-desktop -DICON=resources\icons\papi-desktop.ico
;            -DOUTFILE=dist\papi-desktop-setup-0.1.0.exe .ci\installer.nsi
;
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\papi-desktop, with a Start-menu
; and a desktop shortcut, ".papi" files open in the receiving office's window (HKCU, "--open FILE"), and an
; uninstaller that keeps the school's data (%LOCALAPPDATA%\papi-desktop: database, backups, log). Before anything
; is installed the PC is checked as papi_desktop/windows_guard.py checks it: 64-bit Windows 10 version 1809
; (build 17763) or later, or Windows 11 — otherwise one message says what the school can do.

Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !error "define BUNDLE: the one-dir bundle folder built by PyInstaller (dist/papi-desktop)"
!endif
!ifndef ICON
  !define ICON "${BUNDLE}\_internal\resources\icons\papi-desktop.ico"
!endif
!ifndef OUTFILE
  !define OUTFILE "papi-desktop-setup-${VERSION}.exe"
!endif

!define APP "papi-desktop"
!define EXE "papi-desktop.exe"
!define TITLE "PAPI — Tự đánh giá trường tiểu học"
!define PROGID "papi-desktop.papi"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define MIN_BUILD 17763  ; Windows 10 version 1809 (windows_guard.MIN_BUILD)

Name "${TITLE}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
SetCompressor /SOLID lzma
ManifestDPIAware true
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1066 "ProductName" "${APP}"
VIAddVersionKey /LANG=1066 "FileDescription" "Cài đặt ${TITLE}"
VIAddVersionKey /LANG=1066 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "LegalCopyright" "MIT"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "Cài đặt ứng dụng PAPI"
!define MUI_WELCOMEPAGE_TEXT "Ứng dụng giúp hiệu trưởng tự đánh giá nhà trường theo các tiêu chí nâng cao Chỉ số PAPI, in báo cáo và xuất tệp dữ liệu gửi cơ quan cấp trên.$\r$\n$\r$\nỨng dụng được cài cho riêng tài khoản này, không cần quyền quản trị. Bấm «Cài đặt» để tiếp tục."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ứng dụng PAPI ngay"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "Ứng dụng PAPI sẽ được gỡ khỏi máy. Dữ liệu của nhà trường (các bản tự đánh giá, bản sao lưu) trong thư mục $LOCALAPPDATA\${APP} được giữ nguyên; muốn xoá hẳn thì xoá thư mục đó sau khi gỡ."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

; The Windows found, as its owner knows it (Windows 7, Windows 10 …), in $R0.
Function WindowsName
  ${WinVerGetMajor} $0
  ${WinVerGetMinor} $1
  ${WinVerGetBuild} $2
  StrCpy $R0 "Windows $0.$1"
  ${If} $0 == 6
    ${If} $1 == 0
      StrCpy $R0 "Windows Vista"
    ${ElseIf} $1 == 1
      StrCpy $R0 "Windows 7"
    ${ElseIf} $1 == 2
      StrCpy $R0 "Windows 8"
    ${ElseIf} $1 == 3
      StrCpy $R0 "Windows 8.1"
    ${EndIf}
  ${ElseIf} $0 >= 10
    StrCpy $R0 "Windows 10"
    ${If} $2 >= 22000
      StrCpy $R0 "Windows 11"
    ${EndIf}
  ${EndIf}
  StrCpy $R0 "$R0 (bản dựng $2)"
  ${IfNot} ${RunningX64}
    StrCpy $R0 "$R0, 32-bit"
  ${EndIf}
FunctionEnd

Function .onInit
  ${If} ${RunningX64}
  ${AndIf} ${AtLeastWin10}
  ${AndIf} ${AtLeastBuild} ${MIN_BUILD}
    Return
  ${EndIf}
  Call WindowsName
  StrCpy $R1 ""
  ${WinVerGetMajor} $0
  ${If} ${RunningX64}
  ${AndIf} $0 >= 10  ; an old 64-bit Windows 10 can be updated for free
    StrCpy $R1 "$\r$\n• nhờ cán bộ tin học cập nhật Windows (Windows Update) lên phiên bản mới."
  ${EndIf}
  MessageBox MB_OK|MB_ICONSTOP "Ứng dụng PAPI cần Windows 10 phiên bản 1809 trở lên hoặc Windows 11, loại 64-bit.$\r$\nMáy tính này đang chạy $R0.$\r$\n$\r$\nNhà trường có thể:$\r$\n• đề nghị cấp (hoặc mượn) một máy tính chạy Windows 10 (1809 trở lên) hoặc Windows 11, loại 64-bit;$\r$\n• dùng máy tính của văn phòng nhà trường hoặc của cơ quan quản lý, nếu máy đó đủ điều kiện;$R1$\r$\n$\r$\nChưa có gì được cài đặt lên máy này." /SD IDOK
  SetErrorLevel 3
  Quit
FunctionEnd

Section "PAPI" SecMain
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"  ; an older version's files must not linger next to the new ones
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\PAPI - Tự đánh giá trường tiểu học.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$DESKTOP\PAPI.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; .papi: open = import in the receiving office's window
  WriteRegStr HKCU "Software\Classes\.papi" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.papi\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Tệp dữ liệu PAPI"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open" "" "Nhập vào cửa sổ tổng hợp"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" --open "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED

  ; "Apps & features" entry (per user)
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${TITLE}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "papi_desktop"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  ; only the program folder: the data folder $LOCALAPPDATA\papi-desktop (a sibling of Programs) is left alone
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\PAPI - Tự đánh giá trường tiểu học.lnk"
  Delete "$DESKTOP\PAPI.lnk"
  ReadRegStr $0 HKCU "Software\Classes\.papi" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "Software\Classes\.papi" ""
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\.papi\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.papi\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.papi"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "${UNINST_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
