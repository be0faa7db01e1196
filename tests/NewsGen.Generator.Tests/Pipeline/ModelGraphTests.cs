using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Generator.Tests.Infrastructure;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Pipeline;

/// <summary>
/// Cached pipeline values must not hold Roslyn objects: a symbol, syntax node or compilation kept in the cache pins
/// whole compilations in memory and defeats caching (they never compare equal across runs).
/// </summary>
public class ModelGraphTests
{
    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SourceText), typeof(SyntaxTree), typeof(AdditionalText)];

    [Fact]
    public void No_step_output_after_reading_reaches_a_Roslyn_object()
    {
        var run = GeneratorHarness.Run(
        [
            new TestArticle(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile)),
            new TestArticle("/p/front.txt", "---\nid: Front\npublished: 2024-01-02\nsummary: Short\n---\nFront story\n\nBody.\n"),
        ],
        "[NewsGen.Model.ArticleMetadata] internal sealed record Meta(string? Summary, string[]? Tags = null);");

        var outputs = run.Result.TrackedSteps
            .Where(s => s.Key.StartsWith("NewsGen.", StringComparison.Ordinal) && s.Key != TrackingNames.ArticleFiles)
            .SelectMany(s => s.Value.SelectMany(step => step.Outputs.Select(o => (s.Key, o.Value))))
            .ToList();

        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => AssertNoRoslynObject(o.Value, o.Key));
    }

    [Fact]
    public void The_walk_finds_a_Roslyn_object_when_there_is_one()
    {
        var holder = new List<object> { "text", new Dictionary<string, object> { ["tree"] = SourceText.From("x") } };

        Assert.ThrowsAny<Exception>(() => AssertNoRoslynObject(holder, "test"));
    }

    private static void AssertNoRoslynObject(object root, string step)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        pending.Push((root, step));
        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            var type = value.GetType();
            Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
            if (type.IsPrimitive || value is string || value is Enum || (!type.IsValueType && !visited.Add(value)))
            {
                continue;
            }

            if (value is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        pending.Push((item, $"{path}[{i++}]"));
                    }
                }
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.GetValue(value) is { } child)
                    {
                        pending.Push((child, $"{path}.{field.Name}"));
                    }
                }
            }
        }
    }
}
