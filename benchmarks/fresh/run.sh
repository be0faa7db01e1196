#!/usr/bin/env bash
# The generator's first run in a fresh process, two builds alternately (see benchmarks/README.md).
#   bash benchmarks/fresh/run.sh stage COMMIT DIR    build the generator of COMMIT into DIR (with Scriban and YamlDotNet)
#   bash benchmarks/fresh/run.sh DIR_A DIR_B [PAIRS] [split]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ "$1" = stage ]; then
  source=$(mktemp -d)
  git -C "$root" archive "$2" | tar -x -C "$source"
  dotnet build "$source/src/NewsGen.Generator" -c Release -o "$3" -v:q -nologo >/dev/null
  packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
  cp "$packages"/scriban.signed/*/lib/netstandard2.0/Scriban.Signed.dll "$packages"/yamldotnet/*/lib/netstandard2.0/YamlDotNet.dll "$3"/
  rm -rf "$source"
  exit 0
fi
dotnet build "$root/benchmarks/fresh" -c Release -v:q -nologo >/dev/null
harness="$root/benchmarks/fresh/bin/Release/net10.0/FreshProcess.dll"
for _ in $(seq "${3:-6}"); do
  for dir in "$1" "$2"; do
    echo "$(basename "$dir"): $(dotnet "$harness" "$dir" "$root/seeds" ${4:-})"
  done
done
