using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Quotes;

/// <summary>What in the reporter's words attributes a quotation.</summary>
internal enum CueKind
{
    /// <summary>Nothing: the quotation may take its neighbours' speaker.</summary>
    None,

    /// <summary>
    /// The person the sentence before names as its subject, without a speech verb, for a quote that stands as a
    /// sentence of its own (Okafor stayed calm. “We knew this day would come.”).
    /// </summary>
    PrecedingSubject,

    /// <summary>A speech verb in an earlier sentence, for a quote that stands as a sentence of its own.</summary>
    PrecedingSentence,

    /// <summary>The subject of the sentence a fragment is woven into, without a speech verb.</summary>
    SentenceSubject,

    /// <summary>A speech verb, “according to” or a passive agent.</summary>
    Explicit,

    /// <summary>A credit after a dash (“…” ― Jane Doe): explicit, and it closes the run of quotations it covers.</summary>
    DashCredit,
}

/// <summary>
/// Who a quotation is attributed to by the words around it. A cue may name a source that is not a known entity
/// ("a source said"): the speaker is then null, and the quotation does not inherit one from its neighbours.
/// </summary>
internal readonly struct Attribution
{
    public Attribution(EntityRef? speaker, CueKind kind)
    {
        Speaker = speaker;
        Kind = kind;
    }

    public static Attribution None => default;

    public EntityRef? Speaker { get; }

    public CueKind Kind { get; }

    public bool HasCue => Kind != CueKind.None;

    public bool IsExplicit => Kind >= CueKind.Explicit;

    public static Attribution Cue(EntityRef? speaker) => new(speaker, CueKind.Explicit);
}
