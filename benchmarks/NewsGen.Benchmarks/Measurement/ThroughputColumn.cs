using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsGen.Benchmarks.Measurement;

/// <summary>Corpus size divided by the mean time of a benchmark that has a <c>Corpus</c> parameter.</summary>
internal sealed class ThroughputColumn(string name, bool words) : IColumn
{
    public static IColumn MegabytesPerSecond { get; } = new ThroughputColumn("MB/s", words: false);

    public static IColumn WordsPerSecond { get; } = new ThroughputColumn("words/s", words: true);

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;

    public string ColumnName { get; } = name;

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => words ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => words ? "Whitespace-separated words of the corpus per second of mean time" : "Megabytes (10^6 bytes) of the corpus per second of mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var corpus = benchmarkCase.Parameters["Corpus"] as string;
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (corpus is null || statistics is null || statistics.Mean <= 0)
        {
            return "-";
        }

        var (bytes, wordCount) = CorpusSize.Of(corpus);
        var seconds = statistics.Mean / 1e9;
        return words
            ? (wordCount / seconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : (bytes / 1e6 / seconds).ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
