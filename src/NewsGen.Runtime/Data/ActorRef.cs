using NewsGen.Model;

namespace NewsGen.Runtime;

/// <summary>
/// A person or organization by corpus id, resolved when asked for: decoding an article does not decode the content set's
/// entities, so the first access to one article costs the same in a small and in a large project.
/// </summary>
internal readonly struct ActorRef(ContentSet? set, int kind, string id)
{
    public const int Nobody = 0;
    public const int Person = 1;
    public const int Organization = 2;

    /// <summary>Reads <see cref="Nobody"/>, or a kind and a corpus id.</summary>
    public static ActorRef Read(ref DataReader reader, ContentSet set) =>
        reader.Int() is var kind and not Nobody ? new ActorRef(set, kind, reader.String()) : default;

    public Actor? Resolve() =>
        set is null ? null : kind == Person ? set.PersonById(id) : set.OrganizationById(id);
}
