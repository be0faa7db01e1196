using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>Runs a program to completion with a time limit and captures what it prints.</summary>
internal static class ProcessRunner
{
    /// <summary>
    /// How long to wait for the output pipes to close after the process exited. A build can leave a compiler server
    /// behind that inherited the pipes; its output is not needed, so the wait is bounded instead of waiting for it.
    /// </summary>
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(10);

    public static CommandResult Run(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        var stdoutClosed = new TaskCompletionSource();
        var stderrClosed = new TaskCompletionSource();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, standardOutput, e.Data, stdoutClosed);
        process.ErrorDataReceived += (_, e) => Append(output, null, e.Data, stderrClosed);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Task.WaitAll([stdoutClosed.Task, stderrClosed.Task], DrainLimit);
        stopwatch.Stop();
        string text, stdout;
        lock (output)
        {
            text = output.ToString();
            stdout = standardOutput.ToString();
        }

        var commandLine = string.Join(" ", new[] { fileName }.Concat(arguments.Select(Quote)));
        return new CommandResult(commandLine, workingDirectory, exited ? process.ExitCode : -1, !exited, text, stdout, stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, StringBuilder? stream, string? line, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
            stream?.AppendLine(line);
        }
    }

    private static string Quote(string argument) => argument.Contains(' ') ? $"\"{argument}\"" : argument;
}
