using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsGen.Tests;

namespace NewsGen.Web.Tests;

/// <summary>
/// One site on a free loopback port and one headless Chromium for the whole test class. Nothing starts when Chromium
/// is missing: the tests are skipped then.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private WebApplication? _site;
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;
    private DirectoryInfo? _profile;

    /// <summary>Where the tests save one screenshot per page type (kept with the test results).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepoPaths.Root, "artifacts", "test-results", "screenshots");

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowserContext Browser => _browser ?? throw new InvalidOperationException("Chromium was not started.");

    public async Task InitializeAsync()
    {
        if (!ChromiumFactAttribute.IsInstalled)
        {
            return;
        }

        _site = Site.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection=Error"]);
        await _site.StartAsync();
        var address = _site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address);

        _playwright = await Playwright.CreateAsync();
        _profile = Directory.CreateTempSubdirectory("newsgen-web-tests-");
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumFactAttribute.Path,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
            ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.StopAsync();
            await _site.DisposeAsync();
        }

        _profile?.Delete(recursive: true);
    }
}
