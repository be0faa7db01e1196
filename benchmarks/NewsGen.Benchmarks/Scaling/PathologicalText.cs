using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsGen.Benchmarks.Scaling;

/// <summary>
/// Article texts built to stress one stage at a time, of any size: a headline, then the pattern repeated until the
/// text has the asked number of characters. Deterministic, made of invented words.
/// </summary>
internal static class PathologicalText
{
    private static readonly string[] Given = ["Anneli", "Bertil", "Cecilie", "Dagny", "Einar", "Frode", "Gunvor", "Halvard", "Ingrid", "Jorunn"];

    private static readonly string[] Family = ["Aasgaard", "Brekkan", "Dalsbotten", "Eikenes", "Fjellvik", "Grindheim", "Hovland", "Isaksen", "Kvamme", "Lunde"];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Pattern name and how it repeats (the repeat number in, one piece of text out), with the text that starts it.</summary>
    public static IReadOnlyList<(string Name, string Description, string Start, Func<int, string> Piece)> Patterns { get; } =
    [
        ("quotes", "one paragraph of unattributed quotes, each ending in a comma", "Harbor board meets\n\n",
            i => $"\u201Cthe timetable changes in week {i},\u201D "),
        ("dates", "one sentence naming many dates", "Harbor board meets\n\nThe board met on ",
            i => $"{1 + (i % 28)} {Months[i % 12]} {1990 + (i % 30)}, "),
        ("capitalized", "one run of capitalized words without commas", "Harbor board meets\n\nThe board thanked ",
            i => Given[i % 10] + " " + Family[(i / 10) % 10] + " "),
        ("names", "distinct full names without commas", "Harbor board meets\n\nThe board thanked ",
            i => Given[i % 10] + " " + Invented(i) + " "),
        ("mentions", "one person named again and again", "Harbor board meets\n\nIngrid Kvamme chairs the board. ",
            _ => "Kvamme said it was late, and Kvamme left. "),
        ("line", "one huge line of ordinary sentences", "Harbor board meets. ",
            i => $"The board of harbor {i} met Ingrid Kvamme in Tromvik on Monday and said the ferry would run. "),
        ("paragraphs", "many short paragraphs", "Harbor board meets\n\n",
            i => $"Ferry {i} left Tromvik on time.\n\n"),
    ];

    /// <summary>A family name made for <paramref name="i"/>: "Brekk" and its number in letters ("Brekkabsen").</summary>
    private static string Invented(int i)
    {
        var letters = new StringBuilder("Brekk");
        for (var n = i; n > 0; n /= 26)
        {
            letters.Append((char)('a' + (n % 26)));
        }

        return letters.Append("sen").ToString();
    }

    /// <summary>The text of <paramref name="pattern"/> with <paramref name="characters"/> characters.</summary>
    public static string Of(string start, Func<int, string> piece, int characters)
    {
        var text = new StringBuilder(characters + 256).Append(start);
        for (var i = 0; text.Length < characters; i++)
        {
            text.Append(piece(i));
        }

        text.Length = characters - 1;
        return text.Append('\n').ToString();
    }

    /// <summary>"64 KB", "1 MiB".</summary>
    public static string Size(int characters) =>
        characters >= 1 << 20 ? (characters >> 20).ToString(CultureInfo.InvariantCulture) + " MiB" : (characters >> 10).ToString(CultureInfo.InvariantCulture) + " KB";
}
