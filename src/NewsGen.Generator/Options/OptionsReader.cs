using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Extraction.Corrections;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;
using NewsGen.Extraction.Validation;

namespace NewsGen.Generator.Options;

/// <summary>
/// Reads NewsGen's settings from analyzer config options. Static and side-effect free so the generator and the
/// diagnostic analyzer read exactly the same values.
/// </summary>
public static class OptionsReader
{
    private static readonly char[] PatternSeparators = [';', '\n', '\r'];

    /// <summary>The project-wide options.</summary>
    public static GeneratorOptions ReadGlobal(AnalyzerConfigOptions options)
    {
        var ns = ValidNamespace(Get(options, OptionNames.Namespace))
            ?? ValidNamespace(Get(options, OptionNames.RootNamespace))
            ?? GeneratorOptions.DefaultNamespace;
        var accessibility = Accessibility(Get(options, OptionNames.Accessibility)) ?? GeneratorOptions.DefaultAccessibility;
        // A loop rather than Select and Where with lambdas: this runs in every fresh compiler process.
        var patterns = new List<string>();
        foreach (var part in (Get(options, OptionNames.BoilerplatePatterns) ?? string.Empty).Split(PatternSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = part.Trim();
            if (pattern.Length > 0)
            {
                patterns.Add(pattern);
            }
        }

        var maxFileSize = int.TryParse(Get(options, OptionNames.MaxFileSize), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0
            ? size
            : ExtractionOptions.DefaultMaxFileSize;
        return new GeneratorOptions(ns, accessibility, Get(options, OptionNames.ProjectDirectory) ?? string.Empty, new ExtractionOptions(patterns.ToEquatableArray(), maxFileSize));
    }

    /// <summary>
    /// NG3009 when <c>NewsGenAccessibility</c> is set to something other than <c>internal</c> or <c>public</c> (the
    /// generator then keeps the default), else nothing. The analyzer reports it; the generator has no place to.
    /// </summary>
    public static ContentDiagnostic? CheckAccessibility(AnalyzerConfigOptions options) =>
        Get(options, OptionNames.Accessibility) is { } value && Accessibility(value) is null
            ? DiagnosticCatalog.InvalidAccessibility.Create(string.Empty, new SourceSpan(0, 0, 0, 0, 0, 0), value)
            : null;

    /// <summary><c>public</c> or <c>internal</c> in any case, normalized; null for an unset or any other value.</summary>
    private static string? Accessibility(string? value) =>
        string.Equals(value, "public", StringComparison.OrdinalIgnoreCase) ? "public"
        : string.Equals(value, "internal", StringComparison.OrdinalIgnoreCase) ? "internal"
        : null;

    /// <summary>
    /// True when the file's <c>NewsGenArticle</c> metadata is <c>true</c>, unless it is a corrections file: a wildcard
    /// that marks every file of a folder as an article must not compile <c>newsgen.yml</c> as one.
    /// </summary>
    public static bool IsArticle(AnalyzerConfigOptions fileOptions) =>
        string.Equals(Get(fileOptions, OptionNames.Article), "true", StringComparison.OrdinalIgnoreCase) && !IsCorrections(fileOptions);

    /// <summary>True when the file's <c>NewsGenCorrections</c> metadata is <c>true</c>.</summary>
    public static bool IsCorrections(AnalyzerConfigOptions fileOptions) =>
        string.Equals(Get(fileOptions, OptionNames.Corrections), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A corpus-wide corrections file, read and checked.</summary>
    public static CorrectionFile ReadCorrections(AdditionalText file, CancellationToken cancellationToken) =>
        CorrectionFile.Read(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);

    /// <summary>The article file as the extractor takes it: decoded text plus per-file metadata.</summary>
    public static ArticleSource ReadArticle(AdditionalText file, AnalyzerConfigOptions fileOptions, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        var content = text?.ToString() ?? string.Empty;
        return new ArticleSource(
            file.Path,
            content,
            Get(fileOptions, OptionNames.Name),
            Get(fileOptions, OptionNames.Published),
            ArticleDecoding.IsValid(content, text?.Encoding));
    }

    private static string? ValidNamespace(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Trim().Split('.');
        return parts.All(IsPlainIdentifier) ? string.Join(".", parts) : null;
    }

    private static bool IsPlainIdentifier(string part) =>
        SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None;

    private static string? Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
