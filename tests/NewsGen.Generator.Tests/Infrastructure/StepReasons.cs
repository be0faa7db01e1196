using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>The outputs of the generator's tracked steps with the reason each was produced.</summary>
internal static class StepReasons
{
    public static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    /// <summary>Every output of every NewsGen step: (step name, value, reason).</summary>
    public static IReadOnlyList<(string Step, object Value, IncrementalStepRunReason Reason)> All(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps
            .Where(s => s.Key.StartsWith("NewsGen.", System.StringComparison.Ordinal))
            .SelectMany(s => s.Value.SelectMany(run => run.Outputs.Select(o => (s.Key, o.Value, o.Reason))))
            .ToList();

    public static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Of(GeneratorDriver driver, string step) =>
        All(driver).Where(o => o.Step == step).Select(o => (o.Value, o.Reason)).ToList();
}
