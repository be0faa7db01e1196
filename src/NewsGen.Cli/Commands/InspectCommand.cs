using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NewsGen.Cli.Output;
using NewsGen.Extraction;
using NewsGen.Extraction.Model;

namespace NewsGen.Cli.Commands;

/// <summary><c>newsgen inspect [--json] FILE...</c>: what the generator would extract from each file.</summary>
internal static class InspectCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var json = false;
        var files = new List<string>();
        foreach (var arg in args)
        {
            if (arg == "--json")
            {
                json = true;
            }
            else
            {
                files.Add(arg);
            }
        }

        if (files.Count == 0)
        {
            stderr.WriteLine("usage: newsgen inspect [--json] FILE...");
            return 2;
        }

        var results = new List<(string, ExtractionResult)>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            results.Add((file, ArticleExtractor.Extract(new ArticleSource(file, text, null, null), ExtractionOptions.Default)));
        }

        if (json)
        {
            using var stream = new MemoryStream();
            JsonDump.Write(stream, results);
            stdout.Write(Encoding.UTF8.GetString(stream.ToArray()));
            stdout.WriteLine();
        }
        else
        {
            foreach (var (file, result) in results)
            {
                TextSummary.Write(stdout, file, result);
            }
        }

        return 0;
    }
}
