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
/// Renders emit units into source files. A failure never escapes into the compiler (which would drop all generated
/// code with CS8785): it becomes NG9002 for that one file, and every other file is still added.
/// </summary>
internal sealed class SourceEmitter(TemplateRenderer renderer)
{
    private static readonly SourceSpan FileStart = new(0, 0, 0, 0, 0, 0);

    public static GeneratedFile TypesFile(EmitSettings settings) => new(TemplateNames.Types, "NewsGen.Types.g.cs", () => new TypesView(settings));

    /// <summary>
    /// The file of a group, or null when no article of the group could be rendered. Each article's code is rendered on
    /// its own, so a failure (<paramref name="failed"/>) leaves out that article, its property included, and keeps the others.
    /// </summary>
    public static GeneratedFile? GroupFile(ArticleGroupUnit unit, TemplateRenderer renderer, Action<ArticleEmitUnit, Exception> failed)
    {
        var members = new List<ArticleMember>(unit.Articles.Count);
        var holders = new List<string>(unit.Articles.Count);
        var text = new GroupText();
        var textClass = EmitUnits.GroupTextClass(unit.HintName);
        var literal = "global::" + unit.Settings.Namespace + ".NewsGenArticles." + textClass + ".Utf8_";
        foreach (var article in unit.Articles)
        {
            try
            {
                var rendered = ArticleCodeCache.Render(article, renderer);
                holders.Add(rendered.Code.Replace(ArticleText.Placeholder, text.Add(rendered.Content, literal)));
                members.Add(EmitUnits.Member(article));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed(article, exception);
            }
        }

        return members.Count == 0
            ? null
            : new GeneratedFile(TemplateNames.ArticleGroup, unit.HintName, () => new ArticleGroupView(unit.Settings)
            {
                Members = members,
                Holders = holders,
                TextClass = textClass,
                Texts = text.Literals(),
            });
    }

    public static GeneratedFile IndexFileFor(CorpusIndexUnit unit) =>
        unit.File switch
        {
            IndexFile.Articles => new(TemplateNames.Articles, "Articles.g.cs", () => IndexViewBuilder.Articles(unit)),
            IndexFile.People => new(TemplateNames.Entities, "People.g.cs", () => IndexViewBuilder.People(unit)),
            IndexFile.Organizations => new(TemplateNames.Entities, "Organizations.g.cs", () => IndexViewBuilder.Organizations(unit)),
            IndexFile.Places => new(TemplateNames.Entities, "Places.g.cs", () => IndexViewBuilder.Places(unit)),
            IndexFile.Quotes => new(TemplateNames.Quotes, "Quotes.g.cs", () => IndexViewBuilder.Quotes(unit)),
            _ => new(TemplateNames.Events, "Events.g.cs", () => IndexViewBuilder.Events(unit)),
        };

    public void EmitTypes(SourceProductionContext context, EmitSettings settings) => Emit(context, null, [TypesFile(settings)]);

    /// <summary>Adds the file of a group of articles; an empty group adds none.</summary>
    public void EmitGroup(SourceProductionContext context, ArticleGroupUnit unit)
    {
        var file = GroupFile(unit, renderer, (article, exception) => context.ReportDiagnostic(Failure(article.Article.Article.SourcePath, TemplateNames.Article, exception.Message)));
        Emit(context, null, file is null ? [] : [file]);
    }

    public void EmitIndex(SourceProductionContext context, CorpusIndexUnit unit) => Emit(context, null, [IndexFileFor(unit)]);

    private void Emit(SourceProductionContext context, string? articlePath, IReadOnlyList<GeneratedFile> files)
    {
        foreach (var (template, hintName, view) in files)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            try
            {
                context.AddSource(hintName, SourceText.From(renderer.Render(template, view()), Encoding.UTF8));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.ReportDiagnostic(Failure(articlePath, template, exception.Message));
            }
        }
    }

    // Without an article (an index file), the empty path makes the location Location.None.
    private static Diagnostic Failure(string? articlePath, string template, string reason) =>
        RoslynDiagnostics.ToDiagnostic(DiagnosticCatalog.TemplateFailure.Create(articlePath ?? string.Empty, FileStart, template, reason));
}

/// <summary>One file to generate: the template, the hint name and how to build the view (only when rendering).</summary>
internal sealed record GeneratedFile(string Template, string HintName, Func<object> View);
