using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsGen.Extraction.Entities.Lexicon;

/// <summary>
/// The words written before a name that are not part of it (honorifics and position titles: "Dr", "Gen", "minister"),
/// for lookups outside extraction that should accept every form the text uses. The lists themselves stay in
/// <c>Data/entities</c>.
/// </summary>
public static class NameTitles
{
    /// <summary>Every such word, sorted, without periods.</summary>
    public static IReadOnlyList<string> All { get; } =
        WordLists.Honorifics.Concat(WordLists.PersonTitles).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(w => w, StringComparer.Ordinal).ToList();
}
