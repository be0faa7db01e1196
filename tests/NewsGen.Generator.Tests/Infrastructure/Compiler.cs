using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>Compiles source files with the .NET 10 reference assemblies and reports warnings and errors, or loads the result.</summary>
internal static class Compiler
{
    public static Compilation Compile(IEnumerable<string> sources, string assemblyName = "Consumer") =>
        GeneratorHarness.Compilation(assemblyName, sources);

    public static IReadOnlyList<Diagnostic> Problems(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));

    /// <summary>Emits and loads <paramref name="compilation"/> in its own collectible context.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, Describe(result.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
    }
}
