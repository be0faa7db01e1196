using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Extraction.Metadata;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Metadata;

namespace NewsGen.Cli.Input;

/// <summary>
/// The metadata schema of <c>--schema PATH</c>: C# files, or folders searched recursively for <c>*.cs</c> (outside
/// <c>bin</c> and <c>obj</c>), parsed and bound against this runtime's assemblies and NewsGen.Runtime, and read with
/// the generator's own reader, so the CLI finds the schema, and its problems, that a build of those files finds.
/// </summary>
internal static class SchemaFiles
{
    public const string Option = "--schema";

    private static readonly string[] BuildFolders = ["bin", "obj"];

    /// <summary>
    /// The schema (null without <c>--schema</c> or marked type), the problems of the marked types, located in their
    /// files, the paths that do not exist, and the types the files name but do not declare (an enum in a file not
    /// given), which leave a key unchecked.
    /// </summary>
    public static SchemaRead Read(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return new SchemaRead(null, [], [], []);
        }

        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        var trees = paths.SelectMany(Files)
            .Distinct(StringComparer.Ordinal)
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), file));
        var compilation = CSharpCompilation.Create(
            "NewsGenSchema",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var types = SchemaTypes.Find(compilation, publicApi: false);
        var unresolved = compilation.GetDeclarationDiagnostics()
            .Where(d => d.Id is "CS0246" or "CS0234")
            .Select(d => d.ToString())
            .ToList();
        return new SchemaRead(types.Schema, types.Problems.Select(Located).ToList(), missing, unresolved);
    }

    private static IEnumerable<string> Files(string path) =>
        File.Exists(path)
            ? [path]
            : Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.cs", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => BuildFolders.Contains(part, StringComparer.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal)
                : [];

    // The assemblies this process runs on stand in for the project's reference assemblies.
    private static IEnumerable<MetadataReference> References() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(typeof(NewsGen.Model.ArticleMetadataAttribute).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));

    private static ContentDiagnostic Located(SchemaProblem problem)
    {
        var lines = problem.Location.GetLineSpan();
        var span = new SourceSpan(
            problem.Location.SourceSpan.Start,
            problem.Location.SourceSpan.Length,
            lines.StartLinePosition.Line,
            lines.StartLinePosition.Character,
            lines.EndLinePosition.Line,
            lines.EndLinePosition.Character);
        return problem.Kind.Create(lines.Path, span, problem.Arguments);
    }
}

/// <summary>What <see cref="SchemaFiles.Read"/> found.</summary>
internal sealed record SchemaRead(MetadataSchema? Schema, IReadOnlyList<ContentDiagnostic> Problems, IReadOnlyList<string> Missing, IReadOnlyList<string> Unresolved);
