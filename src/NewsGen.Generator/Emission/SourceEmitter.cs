using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Generator.Diagnostics;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Emits each unit as view → template → AddSource. A failure never escapes into the compiler (which would drop all
/// generated code with CS8785): it becomes NG9002 for that one file or article, and every other file is still added.
/// </summary>
internal sealed class SourceEmitter(TemplateRenderer renderer)
{
    private static readonly SourceSpan FileStart = new(0, 0, 0, 0, 0, 0);

    /// <summary><c>NewsGen.Content.g.cs</c>: the entry classes' members that do not depend on the content.</summary>
    public void EmitContent(SourceProductionContext context, EmitSettings settings) =>
        Emit(context, TemplateNames.Content, "NewsGen.Content.g.cs", () => new ContentView(settings));

    /// <summary><c>NewsGen.Index.g.cs</c>: the corpus index as data and the content set.</summary>
    public void EmitIndex(SourceProductionContext context, IndexUnit unit) =>
        Emit(context, TemplateNames.Index, "NewsGen.Index.g.cs", () => IndexView.Of(unit));

    /// <summary><c>People.g.cs</c>, <c>Organizations.g.cs</c> or <c>Places.g.cs</c>: a property per entity.</summary>
    public void EmitEntities(SourceProductionContext context, EntityClassUnit unit) =>
        Emit(context, TemplateNames.Entities, unit.Class + ".g.cs", () => new EntitiesView(unit));

    /// <summary>
    /// The file of a group of articles; an empty group adds none. An article whose record fails is left out alone; when
    /// the file itself fails, NG9002 points at each of its articles.
    /// </summary>
    public void EmitGroup(SourceProductionContext context, ArticleGroupUnit unit)
    {
        var view = ArticleGroupView.Of(unit, (article, exception) => context.ReportDiagnostic(Failure(article.Article.Article.SourcePath, TemplateNames.ArticleGroup, exception.Message)));
        if (view is not null)
        {
            Emit(context, TemplateNames.ArticleGroup, unit.HintName, () => view, ArticlePaths(unit));
        }
    }

    private void Emit(SourceProductionContext context, string template, string hintName, Func<TemplateView> view, IReadOnlyList<string>? articlePaths = null)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        try
        {
            context.AddSource(hintName, SourceText.From(renderer.Render(template, view()), Encoding.UTF8));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (articlePaths is not { Count: > 0 })
            {
                context.ReportDiagnostic(Failure(null, template, exception.Message));
            }

            foreach (var path in articlePaths ?? [])
            {
                context.ReportDiagnostic(Failure(path, template, exception.Message));
            }
        }
    }

    private static List<string> ArticlePaths(ArticleGroupUnit unit)
    {
        var paths = new List<string>(unit.Articles.Count);
        foreach (var article in unit.Articles)
        {
            paths.Add(article.Article.Article.SourcePath);
        }

        return paths;
    }

    // Without an article (an index file), the empty path makes the location Location.None.
    private static Diagnostic Failure(string? articlePath, string template, string reason) =>
        RoslynDiagnostics.ToDiagnostic(DiagnosticCatalog.TemplateFailure.Create(articlePath ?? string.Empty, FileStart, template, reason));
}
