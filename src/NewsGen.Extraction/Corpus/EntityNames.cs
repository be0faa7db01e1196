using System;

namespace NewsGen.Extraction.Corpus;

/// <summary>How names of entities compare across articles: case does not matter ("NATO" and "Nato" are one).</summary>
internal static class EntityNames
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    public static bool Same(string left, string right) => Comparer.Equals(left, right);
}
