using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Who a quotation is attributed to by the words around it. <see cref="HasCue"/> is true when the text names a
/// source, even one that is not a known entity ("a source said"); such a quotation does not inherit a speaker.
/// </summary>
internal readonly struct Attribution
{
    public Attribution(EntityRef? speaker, bool hasCue)
    {
        Speaker = speaker;
        HasCue = hasCue;
    }

    public static Attribution None => default;

    public EntityRef? Speaker { get; }

    public bool HasCue { get; }

    public static Attribution Cue(EntityRef? speaker) => new(speaker, true);
}
