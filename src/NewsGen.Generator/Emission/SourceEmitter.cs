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

    public static GeneratedFile ArticleFile(ArticleEmitUnit unit) => new(TemplateNames.Article, unit.HintName, () => ArticleViewBuilder.Build(unit));

    public static GeneratedFile MembersFile(ArticleMembersUnit unit) =>
        new(TemplateNames.ArticleMembers, EmitUnits.MembersHintName(unit.Group), () => new ArticleMembersView(unit.Settings) { Members = unit.Members });

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

    public void EmitArticle(SourceProductionContext context, ArticleEmitUnit unit) => Emit(context, unit.Article.Article.SourcePath, [ArticleFile(unit)]);

    /// <summary>Adds the group's part of <c>Articles</c>; an empty group adds no file.</summary>
    public void EmitMembers(SourceProductionContext context, ArticleMembersUnit unit) => Emit(context, null, unit.Members.Count > 0 ? [MembersFile(unit)] : []);

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

    private static Diagnostic Failure(string? articlePath, string template, string reason)
    {
        var diagnostic = DiagnosticCatalog.TemplateFailure.Create(articlePath ?? string.Empty, FileStart, template, reason);
        return articlePath is null
            ? Diagnostic.Create(RoslynDiagnostics.Descriptors[diagnostic.Id], Location.None, diagnostic.Message)
            : RoslynDiagnostics.ToDiagnostic(diagnostic);
    }
}

/// <summary>One file to generate: the template, the hint name and how to build the view (only when rendering).</summary>
internal sealed record GeneratedFile(string Template, string HintName, Func<object> View);
