using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Renders the Scriban templates. Templates are parsed once. Contexts are configured explicitly (Scriban's defaults stop
/// at 1,000 loop iterations and cut output at 1 MiB, far below a large corpus) and reused: a context caches how to read
/// each view type's members, which a fresh context per render looked up again by reflection every time (a quarter of
/// rendering). A context that failed is dropped, and one whose output buffer grew large is not kept.
/// </summary>
internal sealed class TemplateRenderer
{
    /// <summary>
    /// No built-in functions: the templates only substitute view values and loop. Scriban's default set (string, array,
    /// date, math, html, regex… functions, bound by reflection) was most of the first render's cost in a fresh compiler
    /// process; with <see cref="TemplateContext.StrictVariables"/> a template that calls one fails loudly instead.
    /// </summary>
    private static readonly ScriptObject Builtins = new();

    /// <summary>Above this many characters of buffer a context is not kept, so an idle compiler server holds little.</summary>
    private const int MaxKeptOutputCapacity = 1 << 20;

    private readonly IReadOnlyDictionary<string, string> _sources;
    private readonly IReadOnlyDictionary<string, Template> _templates;
    private readonly ConcurrentBag<TemplateContext> _idleContexts = [];

    public TemplateRenderer(IReadOnlyDictionary<string, string> sources)
    {
        _sources = sources;

        // A loop rather than ToDictionary over the pairs, whose generic code the JIT compiles in every compiler process.
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            templates[source.Key] = Template.Parse(source.Value, source.Key + ".sbn");
        }

        _templates = templates;
    }

    /// <summary>The templates embedded in this assembly.</summary>
    public static TemplateRenderer Embedded { get; } = new(ReadEmbedded());

    /// <summary>This renderer with one template rewritten by <paramref name="edit"/>; lets tests exercise the failure path.</summary>
    public TemplateRenderer With(string name, Func<string, string> edit)
    {
        var sources = _sources.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        sources[name] = edit(sources[name]);
        return new TemplateRenderer(sources);
    }

    /// <summary>Renders <paramref name="name"/> with the variables of <paramref name="view"/>.</summary>
    /// <exception cref="TemplateFailedException">The template has syntax errors or failed while rendering.</exception>
    public string Render(string name, TemplateView view)
    {
        var template = _templates[name];
        if (template.HasErrors)
        {
            throw new TemplateFailedException(name, string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        var context = _idleContexts.TryTake(out var idle) ? idle : NewContext();
        context.PushGlobal(view.Globals());
        string code;
        try
        {
            code = template.Render(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new TemplateFailedException(name, exception.Message);
        }

        context.PopGlobal();
        if (context.Output is StringBuilderOutput { Builder.Capacity: <= MaxKeptOutputCapacity })
        {
            _idleContexts.Add(context);
        }

        return code;
    }

    private TemplateContext NewContext()
    {
        var context = new TemplateContext(Builtins)
        {
            LoopLimit = 0,
            LimitToString = 0,
            OutputLimit = 0,
            MemberRenamer = KeepName,
            NewLine = "\n",
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new IncludeLoader(_sources),
        };
        foreach (var parsed in _templates)
        {
            context.CachedTemplates[parsed.Key] = parsed.Value;
        }

        return context;
    }

    // A method rather than a lambda, so no closure class is JIT-compiled for it in a fresh compiler process.
    private static string KeepName(MemberInfo member) => member.Name;

    /// <summary>Resolves <c>include "Name"</c> to another template of this renderer, already parsed (see the cache above).</summary>
    private sealed class IncludeLoader(IReadOnlyDictionary<string, string> sources) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            sources.TryGetValue(templatePath, out var source) ? source : throw new InvalidOperationException("No template " + templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Load(context, callerSpan, templatePath));
    }

    // A loop rather than ToDictionary with a lambda: this runs in every fresh compiler process.
    private static Dictionary<string, string> ReadEmbedded()
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in TemplateNames.All)
        {
            sources[name] = ReadEmbedded(name);
        }

        return sources;
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream("NewsGen.Generator.Templates." + name + ".sbn")
            ?? throw new InvalidOperationException("Missing embedded template " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
