using System;
using System.Collections.Generic;
using System.Linq;
using Xunit.Sdk;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>Assertions on what a consumer program printed to standard output, failing with the expected lines and the whole output.</summary>
internal static class OutputAssert
{
    public static void PrintedExactly(IReadOnlyList<string> expected, CommandResult run)
    {
        var actual = run.StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        if (!expected.SequenceEqual(actual))
        {
            var nl = Environment.NewLine;
            throw new XunitException(run.Describe($"printed other lines than expected:{nl}{string.Join(nl, expected)}{nl}--- actual"));
        }
    }
}
