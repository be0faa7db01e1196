using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsGen.Generator.Pipeline;

/// <summary>
/// An additional file with the options provider of the compilation, equal when both are the same objects, as the
/// (text, provider) pair it replaces was.
/// </summary>
internal sealed record AdditionalFile(AdditionalText Text, AnalyzerConfigOptionsProvider Provider)
{
    /// <summary>The file's own options (its item metadata).</summary>
    public AnalyzerConfigOptions Options => Provider.GetOptions(Text);
}
