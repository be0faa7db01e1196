using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace NewsGen.Web;

/// <summary>Builds the site; <c>Program</c> runs it, the browser tests start it on a port of their own.</summary>
public static class Site
{
    /// <summary>The configured application, not yet started.</summary>
    /// <param name="args">Command-line arguments (for instance <c>--urls</c>).</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string[] args)
    {
        // The application name finds the compiled Razor pages even when another assembly (a test host) is the entry point.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(Site).Assembly.GetName().Name,
        });
        builder.Services.AddRazorPages();
        var app = builder.Build();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRouting();
        app.MapRazorPages();
        return app;
    }
}
