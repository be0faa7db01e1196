#!/usr/bin/env bash
# Corpus smoke test: builds a throwaway consumer project with every article of ../shared/corpus/bbc (2,217 files,
# one of them not valid UTF-8), runs it, and fails when the build breaks or an article is lost. An article may only
# be missing when the build reported why with a skip diagnostic (NG0001, NG4001-NG4003, NG9001); every such skip is
# listed. No timing is asserted; the build's wall and CPU time are printed for information.
# Prints a visible SKIP line and succeeds when ../shared/corpus/bbc is not present (a user's clone).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
source "$root/.ci/consumer-project.sh"

corpus="$root/../shared/corpus/bbc"
if [ ! -d "$corpus" ]; then
  echo "SKIP corpus-smoke: ../shared/corpus/bbc is not present in this clone"
  exit 0
fi
corpus=$(cd "$corpus" && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/newsgen-corpus-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The articles are the .txt files in the topic folders; README.TXT at the top describes the corpus and is left out.
files=$(find "$corpus" -mindepth 2 -type f -name '*.txt' | wc -l)

# NG4001 (not UTF-8) is an error by default; the corpus has such a file on purpose, so here it is a warning that is
# counted below instead of a failed build. Every other NewsGen error still fails the build.
cat > "$work/newsgen.globalconfig" <<CONFIG
is_global = true
dotnet_diagnostic.NG4001.severity = warning
CONFIG

newsgen_consumer_project "$work/CorpusSmoke.csproj" "$root" CorpusSmoke.Content \
  "    <NewsGenIncludeSeeds>false</NewsGenIncludeSeeds>
    <!-- Only NewsGen's own analyzer matters here; the SDK's code-quality analyzers would only add minutes. -->
    <EnableNETAnalyzers>false</EnableNETAnalyzers>" \
  "    <AdditionalFiles Include=\"$corpus/*/*.txt\" NewsGenArticle=\"true\" />
    <GlobalAnalyzerConfigFiles Include=\"newsgen.globalconfig\" />"

# Creates every article (and with it every quote and entity list), so the generated code is run, not just compiled.
cat > "$work/Program.cs" <<'PROGRAM'
using System;
using System.Linq;
using CorpusSmoke.Content;

internal static class Program
{
    private static int Main()
    {
        var articles = Articles.All;
        var words = articles.Sum(a => a.WordCount);
        var quotes = articles.Sum(a => a.Quotes.Count);
        var found = articles.Count(a => Articles.TryGet(a.Id, out var same) && ReferenceEquals(same, a));
        var replaced = articles.Where(a => a.Paragraphs.Any(p => p.Contains('\uFFFD'))).Select(a => a.SourceFile).ToList();
        Console.WriteLine($"articles={articles.Count} found-by-id={found} words={words} quotes={quotes} people={People.All.Count} with-replacement-characters={replaced.Count} {string.Join(" ", replaced)}");
        return found == articles.Count ? 0 : 1;
    }
}
PROGRAM

echo "corpus-smoke: building a consumer of $files BBC articles"
start=$(date +%s)
time_log="$work/time.log"
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -o "$time_log" -f "%e s wall, %U s user CPU, %M KB peak memory"); fi
"${timer[@]}" dotnet build "$work/CorpusSmoke.csproj" -c Release -nologo -v:minimal -clp:NoSummary > "$work/build.log" 2>&1
status=$?
[ -f "$time_log" ] && echo "corpus-smoke: build took $(tail -n 1 "$time_log")" || echo "corpus-smoke: build took $(( $(date +%s) - start )) s"
if [ $status -ne 0 ]; then
  grep -E ": error " "$work/build.log" | sort -u | head -n 30
  echo "FAIL corpus-smoke: the consumer build broke"
  exit 1
fi

# Files skipped with a reason: the unique paths of skip diagnostics.
grep -oE "$corpus/[^ ]+\.txt\([0-9,]+\): (warning|error) NG(0001|4001|4002|4003|9001)" "$work/build.log" | sort -u > "$work/skips.txt"
skipped=$(sed -E 's/\(.*//' "$work/skips.txt" | sort -u | wc -l)
while read -r line; do echo "corpus-smoke: skipped with a diagnostic: ${line#"$corpus/"}"; done < "$work/skips.txt"

# Files that are not valid UTF-8: each must be skipped with NG4001 or compiled from a replacement-character decoding.
while IFS= read -r file; do
  if grep -q "^$file(.*NG4001" "$work/skips.txt"; then
    echo "corpus-smoke: ${file#"$corpus/"} is not valid UTF-8: skipped with NG4001"
  else
    echo "corpus-smoke: NOTE ${file#"$corpus/"} is not valid UTF-8 but was compiled (the compiler decoded it with replacement characters, no NG4001)"
  fi
done < <(find "$corpus" -mindepth 2 -type f -name '*.txt' -print0 | sort -z | xargs -0 python3 -c '
import sys
for path in sys.argv[1:]:
    try:
        open(path, "rb").read().decode("utf-8")
    except UnicodeDecodeError:
        print(path)
')

if ! output=$(dotnet "$work/bin/Release/net10.0/CorpusSmoke.dll"); then
  echo "$output"
  echo "FAIL corpus-smoke: the built consumer failed (an article is not found by its own id)"
  exit 1
fi
echo "corpus-smoke: $output"
generated=$(sed -nE 's/^articles=([0-9]+).*/\1/p' <<<"$output")
expected=$((files - skipped))
if [ "${generated:-0}" -ne "$expected" ]; then
  echo "FAIL corpus-smoke: $generated articles generated, expected $expected ($files files - $skipped skipped with a diagnostic)"
  exit 1
fi
echo "PASS corpus-smoke: $generated articles from $files files ($skipped skipped with a diagnostic)"
