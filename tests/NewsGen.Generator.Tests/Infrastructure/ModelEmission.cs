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
        return Files(articles, settings ?? Settings(), renderer).Select(f => (f.HintName, renderer.Render(f.Template, f.View()))).ToList();
    }

    /// <summary>The files to render (template, hint name, view); group files have their articles' code rendered already.</summary>
    public static IReadOnlyList<GeneratedFile> Files(IEnumerable<Article> articles, EmitSettings settings, TemplateRenderer? renderer = null)
    {
        var list = articles.ToList();
        var index = CorpusBuilder.Index(list.Select(ArticleFootprint.Of));
        var corpus = CorpusBuilder.Assemble(list, index);
        var files = new List<GeneratedFile> { SourceEmitter.TypesFile(settings) };
        files.AddRange(EmitUnits.Partition(corpus, settings)
            .Select(g => SourceEmitter.GroupFile(g, renderer ?? TemplateRenderer.Embedded, (_, exception) => System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception)))
            .OfType<GeneratedFile>());
        files.AddRange(EmitUnits.IndexFiles.Select(file => SourceEmitter.IndexFileFor(EmitUnits.ForIndex(index, settings, file))));
        return files;
    }
}
