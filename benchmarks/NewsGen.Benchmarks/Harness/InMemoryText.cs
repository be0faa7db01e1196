using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsGen.Benchmarks.Harness;

/// <summary>An additional file already decoded, as the compiler holds it after reading the file once.</summary>
internal sealed class InMemoryText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
