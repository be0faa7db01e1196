using System;
using System.Collections.Generic;
using System.Globalization;
using NewsGen.Extraction.Model;
using ExtractionModel = NewsGen.Extraction.Model;

namespace NewsGen.Cli.Commands;

/// <summary>
/// The arguments of one command: switches, options with a value (repeatable) and paths. Plain parsing is enough for
/// three commands; the settings a build takes from MSBuild properties are given as <c>--max-file-size</c> and
/// <c>--boilerplate</c>.
/// </summary>
internal sealed class CommandLine
{
    private readonly HashSet<string> _switches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private CommandLine()
    {
    }

    public List<string> Paths { get; } = [];

    /// <summary>Parses <paramref name="args"/>, or returns the reason it cannot.</summary>
    public static (CommandLine? Line, string? Error) Parse(IReadOnlyList<string> args, ICollection<string> switches, ICollection<string> options)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (switches.Contains(arg))
            {
                line._switches.Add(arg);
            }
            else if (options.Contains(arg))
            {
                if (i + 1 >= args.Count)
                {
                    return (null, $"{arg} needs a value");
                }

                if (!line._values.TryGetValue(arg, out var list))
                {
                    line._values[arg] = list = [];
                }

                list.Add(args[++i]);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                return (null, $"unknown option {arg}");
            }
            else
            {
                line.Paths.Add(arg);
            }
        }

        return (line, null);
    }

    public bool Has(string name) => _switches.Contains(name);

    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[list.Count - 1] : null;

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var list) ? list : [];

    /// <summary>The extraction settings given by <c>--max-file-size N</c> and <c>--boilerplate REGEX</c>.</summary>
    public (ExtractionOptions? Options, string? Error) ExtractionOptions()
    {
        var maxFileSize = ExtractionModel.ExtractionOptions.DefaultMaxFileSize;
        if (Value(ExtractionOptionNames.MaxFileSize) is { } text &&
            (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out maxFileSize) || maxFileSize <= 0))
        {
            return (null, $"{ExtractionOptionNames.MaxFileSize} needs a positive number of characters, not '{text}'");
        }

        return (new ExtractionModel.ExtractionOptions(Values(ExtractionOptionNames.Boilerplate).ToEquatableArray(), maxFileSize), null);
    }
}

/// <summary>The options every command that extracts accepts (the metadata schema's C# files too).</summary>
internal static class ExtractionOptionNames
{
    public const string MaxFileSize = "--max-file-size";
    public const string Boilerplate = "--boilerplate";

    public static readonly string[] All = [MaxFileSize, Boilerplate, Input.SchemaFiles.Option];
}
