#!/usr/bin/env bash
# Scale check: builds a throwaway consumer project with COUNT synthetic news articles (default 20,000, about 50 MB of
# text) and reports what the build cost and what the first access to an article costs at run time, next to the same
# for a 10-article consumer. Heavy (minutes of CPU), so it is a script, not part of the test run; CI runs it as one
# counted check (.ci/run). Fails when a consumer does not build or lists fewer articles than it was given.
#
#   benchmarks/scale/run-scale.sh [COUNT]
#
# Reports: wall and CPU time of `dotnet build`, peak memory of the largest process (the compiler: the build runs it
# out of the compiler server so /usr/bin/time can see it), NewsGen generator and analyzer time (ReportAnalyzer), the
# number and size of generated files, the assembly size, and first-access times measured inside the built program.
# The corpus is written once under artifacts/scale/ (deterministic: the same text on every machine).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
count=${1:-20000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
source "$root/.ci/consumer-project.sh"

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2 " GB RAM"}'), .NET SDK $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build src/NewsGen.Generator -c Release -nologo -v:q > /dev/null
dotnet build benchmarks/NewsGen.Benchmarks -c Release -nologo -v:q > /dev/null
corpus_tool=(dotnet "$root/benchmarks/NewsGen.Benchmarks/bin/Release/net10.0/NewsGen.Benchmarks.dll")

# Writes a consumer of the articles in $2 into folder $1. The program looks up the article whose id it is given and
# prints how long the first lookup (type loading, JIT of the lookup path, creating the article) and a second one took.
consumer() {
  local dir=$1 articles=$2
  mkdir -p "$dir"
  newsgen_consumer_project "$dir/Scale.csproj" "$root" Scale.Content \
    "    <NewsGenSeedsDir>$articles/</NewsGenSeedsDir>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <!-- Synthetic titles repeat words, so many ids are told apart by their file (NG2002): expected here, not news. -->
    <NoWarn>\$(NoWarn);NG2002</NoWarn>" \
    ""
  cat > "$dir/Program.cs" <<'PROGRAM'
using System;
using System.Diagnostics;
using Scale.Content;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.WriteLine($"articles={Articles.All.Count} people={People.All.Count} events={Events.All.Count}");
            return 0;
        }

        if (args[0] == "--ids")
        {
            Console.WriteLine($"{Articles.All[0].Id} {Articles.All[Articles.All.Count / 2].Id}");
            return 0;
        }

        var start = Stopwatch.GetTimestamp();
        var found = Articles.TryGet(args[0], out var first);
        var firstAccess = Stopwatch.GetElapsedTime(start);
        start = Stopwatch.GetTimestamp();
        var again = Articles.TryGet(args[1], out var second);
        var secondAccess = Stopwatch.GetElapsedTime(start);
        start = Stopwatch.GetTimestamp();
        var person = People.Find(first?.People.Count > 0 ? first.People[0].Name : "nobody");
        var firstFind = Stopwatch.GetElapsedTime(start);
        Console.WriteLine($"{firstAccess.TotalMicroseconds:F0} {secondAccess.TotalMicroseconds:F0} {firstFind.TotalMicroseconds:F0} {found && again && person is not null}");
        return found && again ? 0 : 1;
    }
}
PROGRAM
}

# Runs a command under GNU time (wall, user, system seconds, peak KB into $1) when the machine has it; without it the
# build still runs and is checked, and the costs print as "?".
timed() {
  local log=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$log" -f "%e %U %S %M" "$@"
  else
    echo "? ? ? 0" > "$log"
    "$@"
  fi
}

# Median of the first-access times over 7 runs of the built program.
first_access() {
  local dll=$1 id1=$2 id2=$3
  for _ in 1 2 3 4 5 6 7; do dotnet "$dll" "$id1" "$id2"; done | sort -n -k1 | sed -n 4p
}


work="$root/artifacts/scale"
mkdir -p "$work"
small="$work/corpus-10" large="$work/corpus-$count"
"${corpus_tool[@]}" corpus "$small" 10 > /dev/null
"${corpus_tool[@]}" corpus "$large" "$count"
echo "== corpus: $(find "$large" -name '*.txt' | wc -l) files, $(du -sb --exclude=.complete "$large" | awk '{printf "%.1f MB", $1 / 1e6}') in $large"

for n in 10 "$count"; do
  dir="$work/consumer-$n"
  rm -rf "$dir"
  consumer "$dir" "$work/corpus-$n"
  echo "== building the $n-article consumer"
  timed "$dir/time.log" dotnet build "$dir/Scale.csproj" -c Release -nologo -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d > "$dir/build.log" 2>&1 \
    || { grep -E ": error " "$dir/build.log" | sort -u | head -20; echo "FAILED: the $n-article consumer does not build"; exit 1; }
  read -r wall user sys rss < "$dir/time.log"
  generated="$dir/obj/Release/net10.0/generated/NewsGen.Generator/NewsGen.Generator.NewsGenGenerator"
  files=$(find "$generated" -name '*.g.cs' | wc -l)
  size=$(du -sb "$generated" | awk '{printf "%.1f MB", $1 / 1e6}')
  generator=$(grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+NewsGen.Generator.NewsGenGenerator" "$dir/build.log" | head -1 | awk '{print $1 " s"}')
  analyzer=$(grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+NewsGen.Generator.Analyzers.ContentAnalyzer" "$dir/build.log" | head -1 | awk '{print $1 " s"}')
  dll="$dir/bin/Release/net10.0/Scale.dll"
  echo "   build: ${wall} s wall, ${user} s user + ${sys} s system CPU, peak memory $((rss / 1024)) MB (largest process)"
  echo "   NewsGen generator ${generator:-?} and content analyzer ${analyzer:-?} (wall, as ReportAnalyzer measures them)"
  echo "   generated: $files files, $size; assembly $(du -b "$dll" | awk '{printf "%.1f MB", $1 / 1e6}')"
  run=$(dotnet "$dll")
  echo "   run: $run"
  [[ $run == "articles=$n "* ]] || { echo "FAILED: the $n-article consumer lists ${run%% *} (expected articles=$n)"; exit 1; }
  read -r id1 id2 <<<"$(dotnet "$dll" --ids)"
  read -r first second find ok <<<"$(first_access "$dll" "$id1" "$id2")"
  echo "   first TryGet + article creation: ${first} us; second TryGet: ${second} us; first People.Find: ${find} us (median of 7 runs; found: $ok)"
done
