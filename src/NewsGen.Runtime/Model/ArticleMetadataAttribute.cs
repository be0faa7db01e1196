using System;

namespace NewsGen.Model;

/// <summary>
/// Marks the type that declares the front-matter keys of a project's articles, for example
/// <c>[ArticleMetadata] public sealed record PostMeta(IReadOnlyList&lt;string&gt; Tags, bool Draft = false);</c>.
/// Each public constructor parameter or settable property is a key (matched case-insensitively, <c>snake_case</c> and
/// <c>kebab-case</c> accepted); NewsGen checks every article's front matter against it at build time and generates
/// the articles as <see cref="Article{TMeta}"/> of this type. One type per project.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ArticleMetadataAttribute : Attribute;
