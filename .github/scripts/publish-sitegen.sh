#!/usr/bin/env bash
# .github/scripts/publish-sitegen.sh [OUT] -- publish SiteGen as the workflow runs it: native, compiled
# ahead of time into one executable, OUT/SiteGen (docs/cli.md, "A native build"). The workflow keeps OUT in
# actions/cache keyed by a hash of the program's sources and runs this only when that key is new.
#
# NativeAOT links with the C toolchain (clang or gcc) and zlib's headers: ubuntu runners have both; on
# Debian/Ubuntu elsewhere `sudo apt-get install -y clang zlib1g-dev`. Runs locally the same way.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${1:-.sitegen-program}"
RID="${SITEGEN_RID:-linux-x64}"
rm -rf "$OUT"
dotnet publish src/SiteGen -c Release -r "$RID" -p:PublishAot=true -o "$OUT" --nologo
# The debugging symbols (27 MB) are not needed to run it: keep the cached folder to the program (15 MB).
rm -f "$OUT"/*.dbg
"$OUT/SiteGen" --version
