using System;
using System.Text.Json.Serialization;

namespace NewsGen.Model;

/// <summary>Which part of an article a text sits in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ArticlePart>))]
public enum ArticlePart
{
    /// <summary>A body paragraph: <see cref="TextLocation.Paragraph"/> says which.</summary>
    Body,

    /// <summary>The headline.</summary>
    Title,

    /// <summary>The photo caption.</summary>
    Caption,
}

/// <summary>
/// Where a quote, date or event sits in its article: the part, the paragraph (for the body) and the offset of its
/// first character in that part's text (<see cref="Article.TextAt"/>). Every index is valid for its article.
/// </summary>
public readonly struct TextLocation : IEquatable<TextLocation>
{
    internal TextLocation(ArticlePart part, int paragraph, int start)
    {
        Part = part;
        Paragraph = paragraph;
        Start = start;
    }

    /// <summary>The part of the article.</summary>
    public ArticlePart Part { get; }

    /// <summary>The index into <see cref="Article.Paragraphs"/> when <see cref="Part"/> is <see cref="ArticlePart.Body"/>; 0 otherwise.</summary>
    public int Paragraph { get; }

    /// <summary>The offset of the first character in the part's text.</summary>
    public int Start { get; }

    /// <summary>True for a body paragraph.</summary>
    [JsonIgnore]
    public bool IsBody => Part == ArticlePart.Body;

    /// <inheritdoc />
    public bool Equals(TextLocation other) => Part == other.Part && Paragraph == other.Paragraph && Start == other.Start;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextLocation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Part, Paragraph, Start);

    /// <summary>Compares two locations.</summary>
    /// <param name="left">A location.</param>
    /// <param name="right">Another location.</param>
    /// <returns>True when both point at the same place.</returns>
    public static bool operator ==(TextLocation left, TextLocation right) => left.Equals(right);

    /// <summary>Compares two locations.</summary>
    /// <param name="left">A location.</param>
    /// <param name="right">Another location.</param>
    /// <returns>True when they point at different places.</returns>
    public static bool operator !=(TextLocation left, TextLocation right) => !left.Equals(right);

    /// <summary>E.g. <c>body paragraph 3, at 12</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() =>
        Part == ArticlePart.Body ? $"body paragraph {Paragraph}, at {Start}" : $"{Part.ToString().ToLowerInvariant()}, at {Start}";
}
