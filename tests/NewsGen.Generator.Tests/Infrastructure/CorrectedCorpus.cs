namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>
/// Two folders of articles, one with a corpus-wide corrections file that uses every kind of correction; the other
/// folder's article names the same false person, which only the corrected folder loses.
/// </summary>
internal static class CorrectedCorpus
{
    /// <summary>Uncorrected, it has the people Anna Vik, Annie Vik, Erik Sand, Mayoress and Lars Moe.</summary>
    public const string Ferry =
        "Council backs new ferry route\n\n" +
        "Mayor Anna Vik said the council would fund a ferry from Bergen to the outer islands.\n\n" +
        "\"The boats will sail before the autumn storms,\" Anna Vik said.\n\n" +
        "Annie Vik, the port manager, praised the plan at a meeting of the Norwegian Seafarers Union.\n\n" +
        "The Archbishop of Nordby, Erik Sand, blessed the first boat while Crown Prince watched with Lady Mayoress.\n\n" +
        "\"Nobody consulted the crews,\" said Lars Moe, who chairs the union.\n\n" +
        "\"It is a great day for the coast,\" a voice shouted from the crowd.\n\n" +
        "Our coastal coverage continues next week.\n";

    /// <summary>Uncorrected, it has the people Lindholm Strand and Mayoress.</summary>
    public const string Bridge =
        "Bridge repairs finish early\n\n" +
        "Engineer Lindholm Strand said the bridge over the river would reopen on Friday.\n\n" +
        "\"We finished two weeks ahead of plan,\" Lindholm Strand said.\n\n" +
        "The Lady Mayoress opened the bridge with Lindholm Strand.\n";

    /// <summary>One correction of each kind; each applies to the ferry article.</summary>
    public const string Corrections =
        "# the ferry stories\n" +
        "corrections:\n" +
        "  suppress: [Mayoress]\n" +
        "  merge:\n" +
        "    Annie Vik: Anna Vik\n" +
        "  ids:\n" +
        "    Lars Moe: UnionChair\n" +
        "  roles:\n" +
        "    Lars Moe: union chair\n" +
        "  speakers:\n" +
        "    \"It is a great day\": Lars Moe\n" +
        "    \"The boats will sail\": ~\n" +
        "  boilerplate:\n" +
        "    - Our coastal coverage continues\n";

    /// <summary>The ferry article and the corrections file in <c>{root}/news</c>, the bridge article in <c>{root}/other</c>.</summary>
    public static TestArticle[] Files(string root = "/p") =>
    [
        new($"{root}/news/ferry.txt", Ferry),
        new($"{root}/other/bridge.txt", Bridge),
        TestArticle.Corrections($"{root}/news/newsgen.yml", Corrections),
    ];
}
