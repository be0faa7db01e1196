#!/usr/bin/env bash
# Packs NewsGen into artifacts/packages and runs the sample against that package instead of the project references:
# proves the .nupkg alone (analyzer folder, runtime library in lib/, build/ files) is enough to compile and run articles.
# Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

packages="$(pwd)/artifacts/packages"
rm -rf "$packages"
mkdir -p "$packages"
dotnet pack src/NewsGen.Package -c Release -o "$packages" -nologo
dotnet pack src/NewsGen.Cli -c Release -o "$packages" -nologo
ls -l "$packages"

# A -dev package keeps its version from one pack to the next: a fresh packages folder makes sure this pack is used.
export NUGET_PACKAGES="$(pwd)/artifacts/package-smoke-nuget"
rm -rf "$NUGET_PACKAGES"

output="$(dotnet run --project samples/NewsGen.Sample -c Release -p:NewsGenUsePackage=true -p:NewsGenPackageSource="$packages")"
printf '%s\n' "$output"
# The seed's headline must come out of the code the packaged generator wrote.
title="$(head -n 1 seeds/000_bfda32527d1fa4f3.txt)"
if ! grep -qF -- "$title" <<<"$output"; then
  echo "package smoke: the sample did not print the seed's title: $title" >&2
  exit 1
fi
echo "package smoke: ok"
