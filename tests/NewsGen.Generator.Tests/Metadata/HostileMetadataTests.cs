using System.Linq;
using CsCheck;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Metadata;

/// <summary>Whatever the front matter holds, the code generated against a schema compiles without a warning.</summary>
public class HostileMetadataTests
{
    private static readonly string[] Keys =
        ["tags", "draft", "desk", "summary", "priority", "views", "score", "price", "embargo", "updated", "canonical_url", "desks", "ratings", "days", "aliases", "language"];

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.String.Select(s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""),
        Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Decimal.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf<string>("true", "FALSE", "~", "", "[]", "[a, 1, 2024-01-02]", "world", "culture-and-arts", "2024-02-29", "0001-01-01", "9999-12-31T23:59:59.9999999-14:00"),
        Gen.OneOf<string>("https://example.com/\u202Eevil?q=\"x\"", "mailto:someone@example.com", "{a: 1}", "'quoted \u2028 text'", "|\n  block\n  text", "[\"\\u0000\", \"\\uD800\"]"));

    private static readonly Gen<string> FrontMatter =
        Gen.Select(Gen.Int[0, Keys.Length - 1], Value).Array[1, 12].Select(entries => "---\n" + string.Concat(entries.Select(e => Keys[e.Item1] + ": " + e.Item2 + "\n")) + "---\n");

    [Fact]
    public void Random_front_matter_values_compile_without_warnings()
    {
        FrontMatter.Array[8].Sample(
            matters =>
            {
                var articles = matters.Select((m, i) => new TestArticle($"/p/{i:00}.txt", m + "Story " + i + "\n\nA body paragraph.\n")).ToArray();
                var compilation = GeneratorHarness.Compilation("Hostile", [SchemaCode.Schema, SchemaCode.Reader]);
                GeneratorHarness.Driver(articles).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
                var problems = output.GetDiagnostics().Concat(diagnostics).Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
                Assert.True(problems.Count == 0, Compiler.Describe(problems.Take(5)));
            },
            iter: 6);
    }
}
