using System.Linq;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Emission;

/// <summary>
/// Contexts are reused between renders: reuse never changes output, a failed render leaves nothing behind, and output
/// far above a kept context's buffer still renders whole.
/// </summary>
public class TemplateRendererTests
{
    private static readonly TemplateRenderer Fresh = TemplateRenderer.Embedded.With(TemplateNames.Content, source => source);

    [Fact]
    public void Renders_in_any_order_on_reused_contexts_equal_renders_on_a_fresh_renderer()
    {
        var files = ModelFiles();
        var renderer = TemplateRenderer.Embedded.With(TemplateNames.Content, source => source);

        var forward = files.Select(f => renderer.Render(f.Template, f.View())).ToList();
        var backward = files.AsEnumerable().Reverse().Select(f => renderer.Render(f.Template, f.View())).Reverse().ToList();
        var alone = files.Select(f => TemplateRenderer.Embedded.With(TemplateNames.Content, source => source).Render(f.Template, f.View())).ToList();

        Assert.Equal(alone, forward);
        Assert.Equal(alone, backward);
    }

    [Fact]
    public void A_failed_render_leaves_nothing_behind_for_the_next()
    {
        var file = ModelFiles().Single(f => f.HintName == "NewsGen.Index.g.cs");
        var renderer = TemplateRenderer.Embedded.With(TemplateNames.Index, source => source + "{{ no_such_variable }}");
        var expected = Fresh.Render(TemplateNames.Content, new ContentView(ModelEmission.Settings()));

        Assert.Throws<TemplateFailedException>(() => renderer.Render(file.Template, file.View()));

        Assert.Equal(expected, renderer.Render(TemplateNames.Content, new ContentView(ModelEmission.Settings())));
    }

    [Fact]
    public void A_template_that_calls_a_Scriban_builtin_fails_because_none_are_loaded()
    {
        var renderer = TemplateRenderer.Embedded.With(TemplateNames.Content, source => source + "{{ string.upcase Namespace }}");

        Assert.Throws<TemplateFailedException>(() => renderer.Render(TemplateNames.Content, new ContentView(ModelEmission.Settings())));
    }

    [Fact]
    public void Output_larger_than_a_kept_buffer_renders_whole_and_the_next_render_is_unaffected()
    {
        var many = Enumerable.Range(0, 2000).Select(i => Models.Rich("/project/articles/story" + i + ".txt", "Story" + i)).ToList();
        var index = ModelEmission.Render(many).Single(f => f.HintName == "NewsGen.Index.g.cs");
        var renderer = TemplateRenderer.Embedded.With(TemplateNames.Content, source => source);
        var content = new ModelFile(TemplateNames.Content, "NewsGen.Content.g.cs", () => new ContentView(ModelEmission.Settings()));

        var big = ModelEmission.Render(many, renderer: renderer).Single(f => f.HintName == "NewsGen.Index.g.cs");
        var small = renderer.Render(content.Template, content.View());

        Assert.True(big.Text.Length > 100_000, $"{big.Text.Length} characters");
        Assert.Equal(index.Text, big.Text);
        Assert.Equal(Fresh.Render(content.Template, content.View()), small);
    }

    private static System.Collections.Generic.IReadOnlyList<ModelFile> ModelFiles() =>
        ModelEmission.Files([Models.Rich(), Models.Article("/project/articles/other.txt", "Other", title: "Other story")], ModelEmission.Settings());
}
