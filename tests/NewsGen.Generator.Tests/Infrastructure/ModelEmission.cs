using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Emission;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>Renders every file the generator would emit for a hand-built corpus, without running extraction.</summary>
internal static class ModelEmission
{
    public static EmitSettings Settings(string ns = "Test.Content", string accessibility = "public") => new(ns, accessibility, "/project/");

    public static IReadOnlyList<(string HintName, string Text)> Render(IEnumerable<Article> articles, EmitSettings? settings = null, TemplateRenderer? renderer = null)
    {
        renderer ??= TemplateRenderer.Embedded;
        return Files(articles, settings ?? Settings()).Select(f => (f.HintName, renderer.Render(f.Template, f.View()))).ToList();
    }

    /// <summary>The files to render (template, hint name, view), as the generator's units give them.</summary>
    public static IReadOnlyList<ModelFile> Files(IEnumerable<Article> articles, EmitSettings settings)
    {
        var list = articles.ToList();
        var index = CorpusBuilder.Index(list.Select(ArticleFootprint.Of));
        var corpus = CorpusBuilder.Assemble(list, index);
        var files = new List<ModelFile> { new(TemplateNames.Content, "NewsGen.Content.g.cs", () => new ContentView(settings)) };
        foreach (var group in EmitUnits.Partition(corpus, settings))
        {
            if (ArticleGroupView.Of(group, (_, exception) => System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception)) is { } view)
            {
                files.Add(new(TemplateNames.ArticleGroup, group.HintName, () => view));
            }
        }

        files.Add(new(TemplateNames.Index, "NewsGen.Index.g.cs", () => IndexView.Of(new IndexUnit(settings, index))));
        files.AddRange(EmitUnits.EntityClasses.Select(c => new ModelFile(TemplateNames.Entities, c + ".g.cs", () => new EntitiesView(EmitUnits.ForEntities(index, settings, c)))));
        return files;
    }
}

/// <summary>One file to render: the template, the hint name and how to build the view.</summary>
internal sealed record ModelFile(string Template, string HintName, Func<TemplateView> View);
