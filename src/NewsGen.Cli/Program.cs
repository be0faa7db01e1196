using System;
using System.Linq;
using NewsGen.Cli.Commands;

namespace NewsGen.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var rest = args.Skip(1).ToArray();
        switch (args.FirstOrDefault())
        {
            case "inspect":
                return InspectCommand.Run(rest, Console.Out, Console.Error);
            case "check":
                return CheckCommand.Run(rest, Console.Out, Console.Error);
            default:
                Console.Error.WriteLine(InspectCommand.Usage);
                Console.Error.WriteLine(CheckCommand.Usage);
                return 2;
        }
    }
}
