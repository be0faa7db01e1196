using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using NewsGen.Runtime;

namespace NewsGen.Model;

/// <summary>A direct quotation and who said it.</summary>
public sealed class Quote
{
    private readonly ActorRef _speaker;

    internal Quote(Article article, string text, ActorRef speaker, TextLocation location, bool isPartial)
    {
        Article = article;
        Text = text;
        _speaker = speaker;
        Location = location;
        IsPartial = isPartial;
    }

    /// <summary>The quoted words, without the outer quotation marks.</summary>
    public string Text { get; }

    /// <summary>Who said it, when the text names them.</summary>
    public Actor? Speaker => _speaker.Resolve();

    /// <summary>The article the quote is in.</summary>
    [JsonIgnore]
    public Article Article { get; }

    /// <summary>Where the quote starts in its article.</summary>
    public TextLocation Location { get; }

    /// <summary>True when the quote is a fragment embedded in the reporter's sentence.</summary>
    public bool IsPartial { get; }

    /// <summary>The quoted words.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}

/// <summary>A date expression as written and the calendar day it resolves to.</summary>
public sealed class DateMention
{
    internal DateMention(string text, DateOnly? value, TextLocation location)
    {
        Text = text;
        Value = value;
        Location = location;
    }

    /// <summary>The expression as written ("last Tuesday", "Dec. 13").</summary>
    public string Text { get; }

    /// <summary>The day it means; null when it cannot be resolved (no reference date, or not a single day).</summary>
    public DateOnly? Value { get; }

    /// <summary>Where the expression starts in its article.</summary>
    public TextLocation Location { get; }

    /// <summary>The expression as written.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}

/// <summary>Who did what, where and when, read from one sentence of an article.</summary>
public sealed class Event
{
    private readonly ContentSet _set;
    private readonly string? _place;

    internal Event(Article article, string id, DateOnly? date, ContentSet set, string? place, IReadOnlyList<Actor> participants, string summary, TextLocation location)
    {
        Article = article;
        Id = id;
        Date = date;
        _set = set;
        _place = place;
        Participants = participants;
        Summary = summary;
        Location = location;
    }

    /// <summary>The event's identifier within its article (<c>E1</c>, <c>E2</c>, …).</summary>
    public string Id { get; }

    /// <summary>The day it happened, when the sentence says.</summary>
    public DateOnly? Date { get; }

    /// <summary>Where it happened, when the sentence says.</summary>
    public Place? Place => _place is null ? null : _set.PlaceById(_place);

    /// <summary>The people and organizations taking part.</summary>
    public IReadOnlyList<Actor> Participants { get; }

    /// <summary>The sentence the event was read from.</summary>
    public string Summary { get; }

    /// <summary>The article the event is in.</summary>
    [JsonIgnore]
    public Article Article { get; }

    /// <summary>Where the sentence starts in its article.</summary>
    public TextLocation Location { get; }

    /// <summary>The summary.</summary>
    /// <returns><see cref="Summary"/>.</returns>
    public override string ToString() => Summary;
}
