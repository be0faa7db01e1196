using System;

namespace NewsGen.Generator.Emission;

/// <summary>A template could not be parsed or rendered; reported as NG9002 instead of failing the compilation.</summary>
internal sealed class TemplateFailedException(string template, string reason) : Exception(reason)
{
    public string Template { get; } = template;
}
