#!/usr/bin/env bash
# The generator's first run in a fresh process, two builds alternately (see benchmarks/README.md).
#   bash benchmarks/fresh/run.sh stage COMMIT DIR    build the generator of COMMIT into DIR (with Scriban and YamlDotNet)
#   bash benchmarks/fresh/run.sh r2r DIR OUT         the same four assemblies ReadyToRun-compiled for this machine into OUT
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
if [ "$1" = r2r ]; then
  packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" {v = $2; d = $3} END {gsub(/[][]/, "", d); print v " " d}')
  version=${runtime%% *}
  framework="${runtime#* }/$version"
  roslyn=$(sed -n 's/.*"Microsoft.CodeAnalysis.CSharp" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")
  restore=$(mktemp -d)
  cat > "$restore/Crossgen.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageDownload Include="Microsoft.NETCore.App.Crossgen2.$rid" Version="[$version]" /></ItemGroup>
</Project>
PROJECT
  dotnet restore "$restore" -v:q -nologo >/dev/null
  rm -rf "$restore"
  crossgen="$packages/microsoft.netcore.app.crossgen2.$rid/$version/tools/crossgen2"
  assemblies="NewsGen.Generator NewsGen.Extraction Scriban.Signed YamlDotNet"
  mkdir -p "$3"
  for a in $assemblies; do
    others=()
    for b in $assemblies; do [ "$b" != "$a" ] && others+=(-r "$2/$b.dll"); done
    "$crossgen" "$2/$a.dll" -o "$3/$a.dll" -O --targetos "${rid%-*}" --targetarch "${rid##*-}" -r "$framework/*.dll" \
      -r "$packages/microsoft.codeanalysis.common/$roslyn/lib/netstandard2.0/Microsoft.CodeAnalysis.dll" \
      -r "$packages/microsoft.codeanalysis.csharp/$roslyn/lib/netstandard2.0/Microsoft.CodeAnalysis.CSharp.dll" "${others[@]}" >/dev/null
  done
  exit 0
fi
dotnet build "$root/benchmarks/fresh" -c Release -v:q -nologo >/dev/null
harness="$root/benchmarks/fresh/bin/Release/net10.0/FreshProcess.dll"
for _ in $(seq "${3:-6}"); do
  for dir in "$1" "$2"; do
    echo "$(basename "$dir"): $(dotnet "$harness" "$dir" "$root/seeds" ${4:-})"
  done
done
