using System;
using System.IO;
using System.Text;

namespace NewsGen.Cli.Tests;

/// <summary>A throw-away folder of article files for one test.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "newsgen-cli-" + Guid.NewGuid().ToString("N"));

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
