#!/usr/bin/env bash
# Installs what the browser tests need from Debian's packages when it is missing: chromium, its
# chromedriver and a CJK font (Chinese pages render as boxes without one); and LibreOffice Writer,
# with which AnnualReportRenderingTests draws the annual report's DOCX. Never downloads a browser
# build of its own. Without root or apt-get it only warns; the browser tests then say why they stop.
set -u
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
fc-list 2>/dev/null | grep -qiE 'noto sans cjk|wenquanyi|wqy' || missing+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing for the browser tests: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null && exit 0
  echo "WARNING: could not install ${missing[*]}" >&2
else
  echo "WARNING: browser tests need ${missing[*]} (apt-get install ${missing[*]})" >&2
fi
exit 0
