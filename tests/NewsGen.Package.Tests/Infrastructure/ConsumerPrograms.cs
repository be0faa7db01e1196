namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>The consumer code the scenarios compile: what the package README tells a user to write.</summary>
internal static class ConsumerPrograms
{
    /// <summary>Prints an article's title, then each quote as "speaker: text".</summary>
    public static string TitleAndQuotes(string generatedNamespace, string articleExpression) => $$"""
        using System;
        using {{generatedNamespace}};

        var article = {{articleExpression}};
        Console.WriteLine(article.Title);
        foreach (var q in article.Quotes)
            Console.WriteLine($"{q.Speaker?.Name}: {q.Text}");

        """;
}
