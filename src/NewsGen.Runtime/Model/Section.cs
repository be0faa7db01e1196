using System.Collections.Generic;

namespace NewsGen.Model;

/// <summary>A run of paragraphs under an optional heading (the first section usually has none).</summary>
public sealed class Section
{
    internal Section(string? heading, IReadOnlyList<string> paragraphs)
    {
        Heading = heading;
        Paragraphs = paragraphs;
    }

    /// <summary>The heading, or null for the opening run of paragraphs.</summary>
    public string? Heading { get; }

    /// <summary>The section's paragraphs, the same strings as in <see cref="Article.Paragraphs"/>.</summary>
    public IReadOnlyList<string> Paragraphs { get; }
}

/// <summary>A photo caption and its credit.</summary>
public sealed class Photo
{
    internal Photo(string caption, string credit)
    {
        Caption = caption;
        Credit = credit;
    }

    /// <summary>The caption.</summary>
    public string Caption { get; }

    /// <summary>Who the photo is credited to, e.g. <c>Handout photo, Agency</c>.</summary>
    public string Credit { get; }
}
