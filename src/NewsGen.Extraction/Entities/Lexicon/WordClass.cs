using System;

namespace NewsGen.Extraction.Entities.Lexicon;

/// <summary>
/// The word lists of <see cref="WordLists"/> a word belongs to, answered together by <see cref="WordTable"/>. Two
/// bytes, kept per token of every text: fifteen classes and the bit a segment marks looked-up tokens with.
/// </summary>
[Flags]
internal enum WordClass : ushort
{
    /// <summary>In none of the lists.</summary>
    None = 0,

    /// <summary><see cref="WordLists.Honorifics"/>, any case.</summary>
    Honorific = 1 << 0,

    /// <summary><see cref="WordLists.PersonTitles"/>, any case.</summary>
    PersonTitle = 1 << 1,

    /// <summary>A person title with an <c>s</c> after it, any case: the plural <see cref="WordLists.IsTitle(string)"/> accepts.</summary>
    PersonTitlePlural = 1 << 2,

    /// <summary><see cref="WordLists.RoleModifiers"/>, any case.</summary>
    RoleModifier = 1 << 3,

    /// <summary><see cref="WordLists.NameParticles"/>, as written.</summary>
    NameParticle = 1 << 4,

    /// <summary><see cref="WordLists.CalendarWords"/>, as written.</summary>
    CalendarWord = 1 << 5,

    /// <summary><see cref="WordLists.StopWords"/>, as written.</summary>
    StopWord = 1 << 6,

    /// <summary><see cref="WordLists.OrganizationHeads"/>, as written.</summary>
    OrganizationHead = 1 << 7,

    /// <summary><see cref="WordLists.ThingHeads"/>, as written.</summary>
    ThingHead = 1 << 8,

    /// <summary><see cref="WordLists.PublicationHeads"/>, as written.</summary>
    PublicationHead = 1 << 9,

    /// <summary><see cref="WordLists.AffiliationNouns"/>, as written.</summary>
    AffiliationNoun = 1 << 10,

    /// <summary><see cref="WordLists.MediaNouns"/>, any case.</summary>
    MediaNoun = 1 << 11,

    /// <summary>Head words of water bodies and regions (<see cref="Places.PlaceHeads"/>), as written.</summary>
    PlaceHead = 1 << 12,

    /// <summary>A form of a well-known organization (<see cref="Organizations.KnownOrganizations"/>), as written.</summary>
    KnownOrganization = 1 << 13,

    /// <summary>A demonym of the gazetteer (<see cref="Places.Gazetteer.IsDemonym"/>), as written.</summary>
    Demonym = 1 << 14,
}
