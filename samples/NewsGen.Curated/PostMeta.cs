using System;
using System.Collections.Generic;
using NewsGen.Model;

namespace NewsGen.Curated;

/// <summary>The newsroom's desks; front matter names one as <c>desk: politics</c>.</summary>
public enum Desk
{
    /// <summary>Government and parliament.</summary>
    Politics,

    /// <summary>Companies and markets.</summary>
    Business,

    /// <summary>Culture and the arts.</summary>
    CultureAndArts,
}

/// <summary>
/// The front-matter keys this site's articles may give. NewsGen checks every article against it while building and
/// generates each article as an <c>Article&lt;PostMeta&gt;</c> with a typed <c>Meta</c>.
/// </summary>
/// <param name="Tags">Topic tags (required: an article without <c>tags:</c> fails the build with NG3103).</param>
/// <param name="Desk">The desk that owns the story (required).</param>
/// <param name="Draft">True while the story is not to be published.</param>
[ArticleMetadata]
public sealed record PostMeta(IReadOnlyList<string> Tags, Desk Desk, bool Draft = false)
{
    /// <summary>A one-sentence summary for listings.</summary>
    public string? Summary { get; init; }

    /// <summary>Where the story is published, when it has an address of its own.</summary>
    public Uri? CanonicalUrl { get; init; }
}
