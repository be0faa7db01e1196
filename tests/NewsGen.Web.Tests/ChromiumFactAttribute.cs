using System.IO;

namespace NewsGen.Web.Tests;

/// <summary>
/// A fact that drives the Debian <c>chromium</c> package's browser. Without it the test is reported as skipped with
/// the reason, never silently passed (<c>.ci/run</c> installs the package so CI runs them).
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute() => Skip = SkipReason;

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>Null when Chromium is installed.</summary>
    public static string? SkipReason => IsInstalled ? null : $"{Path} is not installed (apt-get install chromium); the browser tests need it";
}

/// <summary>A theory that drives Chromium, skipped visibly like <see cref="ChromiumFactAttribute"/>.</summary>
internal sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute() => Skip = ChromiumFactAttribute.SkipReason;
}
