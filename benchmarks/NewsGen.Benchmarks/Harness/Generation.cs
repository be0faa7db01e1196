using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Benchmarks.Corpus;
using NewsGen.Generator;

namespace NewsGen.Benchmarks.Harness;

/// <summary>Runs NewsGen the way the compiler does: a <see cref="CSharpGeneratorDriver"/> over additional files.</summary>
internal static class Generation
{
    /// <summary>The namespace of the generated code in every benchmark.</summary>
    public const string Namespace = "Bench.Content";

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>A library compilation of <paramref name="sources"/> against the .NET 10 reference assemblies.</summary>
    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>
    /// The files as a new compiler run would pass them: each text in a string of its own (a build reads the files anew,
    /// so nothing kept against the strings of an earlier run applies); a file that is not UTF-8 keeps its fallback encoding.
    /// </summary>
    public static IReadOnlyList<AdditionalText> Texts(IEnumerable<CorpusFile> files) =>
        files.Select(f => (AdditionalText)new InMemoryText(f.Path, SourceText.From(new string(f.Text.ToCharArray()), f.IsValidUtf8 ? Encoding.UTF8 : Encoding.Latin1))).ToList();

    /// <summary>A fresh driver (no cache) over <paramref name="texts"/>, for a project in <paramref name="projectDirectory"/>.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, string projectDirectory, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new NewsGenGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new ArticleOptions(Namespace, projectDirectory.EndsWith('/') ? projectDirectory : projectDirectory + Path.DirectorySeparatorChar),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
}
