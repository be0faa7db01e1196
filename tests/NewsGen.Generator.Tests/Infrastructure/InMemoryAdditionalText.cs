using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>An additional file held in memory, decoded as UTF-8 like the compiler would.</summary>
internal sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
{
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, Encoding.UTF8))
    {
    }

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
