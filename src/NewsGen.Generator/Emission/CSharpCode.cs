using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Emission;

/// <summary>Small C# expressions the views are made of; every type name is <c>global::</c>-qualified.</summary>
internal sealed class CSharpCode(string ns)
{
    public string Type(string name) => "global::" + ns + "." + name;

    public string Member(string className, string member) => Type(className) + "." + member;

    public static string Date(CalendarDate? date) =>
        date is { } d
            ? "new global::System.DateOnly(" + CSharpLiteral.Int(d.Year) + ", " + CSharpLiteral.Int(d.Month) + ", " + CSharpLiteral.Int(d.Day) + ")"
            : "null";

    /// <summary>An array of <paramref name="items"/>, or the shared empty array.</summary>
    public static string Array(string elementType, IReadOnlyCollection<string> items) =>
        items.Count == 0
            ? "global::System.Array.Empty<" + elementType + ">()"
            : "new " + elementType + "[] { " + string.Join(", ", items) + " }";

    /// <summary>A list whose items are only evaluated on first use, or the shared empty array.</summary>
    public string LazyList(string elementType, IReadOnlyCollection<string> items) =>
        items.Count == 0
            ? Array(elementType, items)
            : "new " + Type("NewsGenLazyList") + "<" + elementType + ">(() => " + Array(elementType, items) + ")";

    public static string Strings(IEnumerable<string> values) => Array("string", values.Select(CSharpLiteral.String).ToList());
}
