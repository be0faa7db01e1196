using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class WordClassesTests
{
    [Fact]
    public void A_set_looked_up_in_place_keeps_its_case_rule()
    {
        const string text = "Beyond THE river and over";
        var asWritten = new HashSet<string>(StringComparer.Ordinal) { "beyond", "the", "over" }.InPlace();
        var anyCase = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "beyond", "the" }.InPlace();

        Assert.False(asWritten.TryGetValue(text, 0, 6, out _));
        Assert.False(asWritten.TryGetValue(text, 7, 3, out _));
        Assert.True(asWritten.TryGetValue(text, 21, 4, out _));
        Assert.True(anyCase.TryGetValue(text, 0, 6, out _));
        Assert.True(anyCase.TryGetValue(text, 7, 3, out _));
        Assert.False(anyCase.TryGetValue(text, 17, 3, out _));
    }
}
