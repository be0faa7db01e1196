namespace NewsGen.Extraction.Model;

/// <summary>
/// A YAML value as written in a text file (front matter or a corrections file), with where it is written. Kept
/// untyped: a schema or a corrections reader decides what a scalar means, and reports mistakes at <see cref="Span"/>.
/// </summary>
public abstract record YamlNode(SourceSpan Span);

/// <summary>A scalar: its text after YAML unquoting and folding, and how it was written.</summary>
public sealed record YamlScalar(string Value, YamlScalarStyle Style, SourceSpan Span) : YamlNode(Span);

/// <summary>A list, in block (<c>- a</c>) or flow (<c>[a, b]</c>) style.</summary>
public sealed record YamlSequence(EquatableArray<YamlNode> Items, SourceSpan Span) : YamlNode(Span);

/// <summary>A mapping; entries keep their order, and a repeated key keeps every occurrence.</summary>
public sealed record YamlMapping(EquatableArray<YamlEntry> Entries, SourceSpan Span) : YamlNode(Span);

/// <summary>One <c>key: value</c> pair with the span of its key.</summary>
public sealed record YamlEntry(string Key, SourceSpan KeySpan, YamlNode Value);

/// <summary>
/// How a scalar was written: only a plain scalar can mean null, a boolean or a number; a quoted or block scalar is
/// always text.
/// </summary>
public enum YamlScalarStyle
{
    /// <summary>Unquoted, including an empty value.</summary>
    Plain,

    /// <summary>In single or double quotes.</summary>
    Quoted,

    /// <summary>A literal (<c>|</c>) or folded (<c>&gt;</c>) block.</summary>
    Block,
}

/// <summary>Why a YAML text could not be read, and where.</summary>
public sealed record YamlError(string Message, SourceSpan Span);
