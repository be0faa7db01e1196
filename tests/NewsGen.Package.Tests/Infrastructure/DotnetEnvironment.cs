using System;
using System.Collections;
using System.Collections.Generic;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>The environment of the <c>dotnet</c> commands the tests start.</summary>
internal static class DotnetEnvironment
{
    /// <summary>
    /// The test host runs inside <c>dotnet test</c>, which exports MSBuild variables pointing at its own build; a
    /// nested build must start clean, without node reuse or a build server that would outlive the test.
    /// </summary>
    public static Dictionary<string, string?> ForRepository()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name == "DOTNET_ROLL_FORWARD")
            {
                environment[name] = null;
            }
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        return environment;
    }

    /// <summary>As <see cref="ForRepository"/>, with this run's own global packages folder.</summary>
    public static Dictionary<string, string?> ForConsumer(string packagesFolder, IReadOnlyDictionary<string, string?>? extra)
    {
        var environment = ForRepository();
        environment["NUGET_PACKAGES"] = packagesFolder;
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        return environment;
    }
}
