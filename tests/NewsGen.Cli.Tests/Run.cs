using System.Collections.Generic;
using System.IO;
using NewsGen.Cli.Commands;

namespace NewsGen.Cli.Tests;

internal static class Run
{
    public static (int Exit, string Out, string Err) Check(params string[] args) => Capture(CheckCommand.Run, args);

    public static (int Exit, string Out, string Err) Inspect(params string[] args) => Capture(InspectCommand.Run, args);

    private static (int, string, string) Capture(System.Func<IReadOnlyList<string>, TextWriter, TextWriter, int> command, string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = command(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
