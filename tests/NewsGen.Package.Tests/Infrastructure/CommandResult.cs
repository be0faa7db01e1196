using System;
using Xunit.Sdk;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>
/// One finished command: what ran, where, how it ended, everything it printed (<see cref="Output"/>, stdout and stderr
/// interleaved) and its standard output alone.
/// </summary>
internal sealed record CommandResult(
    string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, string Output, string StandardOutput, TimeSpan Duration)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>Fails the test with the full captured output unless the command exited with 0.</summary>
    public CommandResult EnsureSuccess()
    {
        if (!Succeeded)
        {
            throw new XunitException(Describe(TimedOut ? "timed out" : $"exited with {ExitCode}"));
        }

        return this;
    }

    /// <summary>A failure message that carries the command and its output, so a CI log alone explains the failure.</summary>
    public string Describe(string problem) =>
        $"`{CommandLine}` {problem} after {Duration.TotalSeconds:0.0} s (in {WorkingDirectory}). Output:{Environment.NewLine}{Output}";
}
