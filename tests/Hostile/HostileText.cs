using System.Linq;
using CsCheck;

namespace NewsGen.Tests;

/// <summary>
/// CsCheck generators of article texts that mix the patterns that once broke NewsGen (long capitalized runs, lists of
/// names without commas, unattributed quotes ending in a comma, many dates in a sentence, odd ids and front matter,
/// every kind of line break) with random Unicode, surrogates and control characters included.
/// </summary>
public static class HostileText
{
    private static readonly string[] Names = ["Anneli Brekkan", "Bertil Dalsbotten", "Cecilie Eikenes", "Dagny Fjellvik", "Einar Grindheim", "Mr Hovland", "Ingrid K. Lunde"];

    private static readonly string[] Months = ["January", "March", "May", "October", "December"];

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 12].Select(c => new string(c)),
        Gen.Int[1, 40].Select(n => string.Join(" ", Enumerable.Range(0, n).Select(i => Names[i % Names.Length]))),
        Gen.Int[1, 30].Select(n => string.Join(" ", Enumerable.Range(0, n).Select(i => "Kvarts" + (char)('a' + (i % 26)) + "holm"))),
        Gen.Int[1, 20].Select(n => string.Concat(Enumerable.Repeat("\u201Cthe ferry is late,\u201D ", n))),
        Gen.Int[1, 20].Select(n => "The board met on " + string.Join(", ", Enumerable.Range(0, n).Select(i => $"{1 + i} {Months[i % 5]} {2000 + i}")) + "."),
        Gen.OneOf<string>("\n", "\r\n", "\n\n", "\r", "\u2028", "\u2029", "\t", " "),
        Gen.OneOf<string>("\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", ",", ".", ":", "-", "\u2014"),
        Gen.OneOf<string>("said", "told", "yesterday", "tomorrow", "on Monday", "last week", "Oslo", "Tromvik", "the Harbor Council"),
        Gen.OneOf<string>("\u202E", "\u2066", "\u200D", "\uFEFF", "\uD800", "\uDC00", "\uFFFD", "\0"),
        Gen.OneOf<string>("---\nid: class\n---\n", "---\nid: __arglist\npublished: 2020-02-29\n---\n", "---\nid: \"@namespace\"\n---\n", "---\nfoo: bar\n---\n", "---\n"));

    /// <summary>A title line, then up to 30 pieces.</summary>
    public static Gen<string> Article { get; } =
        Gen.Select(Piece, Piece.Array[0, 30], (title, body) => title + "\n\n" + string.Concat(body));

    /// <summary>A few articles with distinct file names.</summary>
    public static Gen<(string Path, string Text)[]> Articles { get; } =
        Article.Array[1, 4].Select(texts => texts.Select((text, i) => ($"/p/{i:00}-story.txt", text)).ToArray());
}
