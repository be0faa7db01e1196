using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Renders the Scriban templates. Templates are parsed once; every render gets a fresh, explicitly configured
/// context, because Scriban's defaults stop at 1,000 loop iterations and cut output at 1 MiB, far below a large article.
/// </summary>
internal sealed class TemplateRenderer
{
    /// <summary>
    /// Scriban's built-in functions, built once: a context builds them anew by default, which was an eighth of the
    /// cost of rendering an article. Templates only read them, so every render can share them.
    /// </summary>
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    private readonly IReadOnlyDictionary<string, string> _sources;
    private readonly IReadOnlyDictionary<string, Template> _templates;

    public TemplateRenderer(IReadOnlyDictionary<string, string> sources)
    {
        _sources = sources;
        _templates = sources.ToDictionary(s => s.Key, s => Template.Parse(s.Value, s.Key + ".sbn"), StringComparer.Ordinal);
    }

    /// <summary>The templates embedded in this assembly.</summary>
    public static TemplateRenderer Embedded { get; } = new(TemplateNames.All.ToDictionary(n => n, ReadEmbedded, StringComparer.Ordinal));

    /// <summary>This renderer with one template rewritten by <paramref name="edit"/>; lets tests exercise the failure path.</summary>
    public TemplateRenderer With(string name, Func<string, string> edit)
    {
        var sources = _sources.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        sources[name] = edit(sources[name]);
        return new TemplateRenderer(sources);
    }

    /// <summary>Renders <paramref name="name"/> with the public properties of <paramref name="view"/> as variables.</summary>
    /// <exception cref="TemplateFailedException">The template has syntax errors or failed while rendering.</exception>
    public string Render(string name, object view)
    {
        var template = _templates[name];
        if (template.HasErrors)
        {
            throw new TemplateFailedException(name, string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        var globals = new ScriptObject();
        globals.Import(view, filter: null, renamer: member => member.Name);
        var context = new TemplateContext(Builtins)
        {
            LoopLimit = 0,
            LimitToString = 0,
            OutputLimit = 0,
            MemberRenamer = member => member.Name,
            NewLine = "\n",
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new IncludeLoader(_sources),
        };
        foreach (var parsed in _templates)
        {
            context.CachedTemplates[parsed.Key] = parsed.Value;
        }

        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new TemplateFailedException(name, exception.Message);
        }
    }

    /// <summary>Resolves <c>include "Name"</c> to another template of this renderer, already parsed (see the cache above).</summary>
    private sealed class IncludeLoader(IReadOnlyDictionary<string, string> sources) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            sources.TryGetValue(templatePath, out var source) ? source : throw new InvalidOperationException("No template " + templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Load(context, callerSpan, templatePath));
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream("NewsGen.Generator.Templates." + name + ".sbn")
            ?? throw new InvalidOperationException("Missing embedded template " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
