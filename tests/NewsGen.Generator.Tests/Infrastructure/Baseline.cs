using System;
using System.IO;
using System.Linq;
using System.Text;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot files under Baselines/, compared byte for byte. <c>NEWSGEN_UPDATE_BASELINES=1</c> rewrites them; a missing
/// or different baseline fails and leaves a <c>.received.txt</c> next to it to inspect or copy over.
/// </summary>
internal static class Baseline
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static string Directory => Path.Combine(RepoPaths.Root, "tests", "NewsGen.Generator.Tests", "Baselines");

    public static void Verify(string name, string actual) =>
        Verify(name, actual, Directory, Environment.GetEnvironmentVariable("NEWSGEN_UPDATE_BASELINES") == "1");

    public static void Verify(string name, string actual, string directory, bool update)
    {
        var expectedPath = Path.Combine(directory, name + ".txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        var actualBytes = Utf8.GetBytes(actual.Replace("\r\n", "\n"));
        if (update)
        {
            File.WriteAllBytes(expectedPath, actualBytes);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            File.WriteAllBytes(receivedPath, actualBytes);
            Assert.Fail($"Baseline {name}.txt is missing; wrote {receivedPath}. Review it and rerun with NEWSGEN_UPDATE_BASELINES=1.");
        }

        var expectedBytes = File.ReadAllBytes(expectedPath);
        if (expectedBytes.AsSpan().SequenceEqual(actualBytes))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllBytes(receivedPath, actualBytes);
        Assert.Fail($"Baseline {name}.txt differs ({FirstDifference(Utf8.GetString(expectedBytes), actual)}); wrote {receivedPath}.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], -1);
        return line < 0
            ? $"{expectedLines.Length} lines expected, {actualLines.Length} generated"
            : $"line {line + 1}: expected `{expectedLines[line]}`, got `{actualLines[line]}`";
    }
}
