using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NewsGen.Model;
using NewsGen.Tests;
using NewsGen.Web.Content;
using Xunit.Abstractions;

namespace NewsGen.Web.Tests;

/// <summary>
/// The site in headless Chromium: each page type, checked against the compiled content the site was built from.
/// </summary>
public sealed class SiteTests : IClassFixture<SiteFixture>, IAsyncLifetime
{
    private readonly SiteFixture _site;
    private readonly ITestOutputHelper _output;
    private IPage _page = null!;

    public SiteTests(SiteFixture site, ITestOutputHelper output)
    {
        _site = site;
        _output = output;
    }

    private static Article Seed { get; } =
        Articles.All.Single(a => Path.GetFileName(a.SourceFile) == Path.GetFileName(RepoPaths.SeedFile));

    public async Task InitializeAsync()
    {
        if (ChromiumFactAttribute.IsInstalled)
        {
            _page = await _site.Browser.NewPageAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (ChromiumFactAttribute.IsInstalled)
        {
            await _page.CloseAsync();
        }
    }

    [ChromiumFact]
    public async Task Home_lists_every_article_newest_first_and_the_people_quoted_most()
    {
        var response = await Open(Links.Home);

        Assert.Equal(200, response.Status);
        var headlines = await _page.Locator("li.article h2").AllInnerTextsAsync();
        Assert.Equal(Catalogue.ArticlesNewestFirst.Select(a => a.Title), headlines);
        var dates = Catalogue.ArticlesNewestFirst.Select(Catalogue.Day).Where(d => d.HasValue).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        var undated = Catalogue.ArticlesNewestFirst.Count(a => Catalogue.Day(a) is null);
        Assert.Equal(undated, (await _page.Locator("li.article .meta .date").AllInnerTextsAsync()).Count(t => t == "undated"));
        Assert.Contains(Seed.Photo!.Credit, await _page.Locator("li.article").First.InnerTextAsync());
        var mostQuoted = Catalogue.MostQuoted(1).Single();
        Assert.Equal(mostQuoted.Name, await _page.Locator("ol.most-quoted a").First.InnerTextAsync());
        await Screenshot("home");
    }

    [ChromiumFact]
    public async Task Article_page_shows_sections_quotes_with_their_speakers_dates_and_the_photo()
    {
        var response = await Open(Links.To(Seed));

        Assert.Equal(200, response.Status);
        Assert.Equal(Seed.Title, await _page.Locator("article h1").InnerTextAsync());
        Assert.Equal(Seed.Sections.Where(s => s.Heading is not null).Select(s => s.Heading), await _page.Locator("section h2").AllInnerTextsAsync());
        Assert.Equal(Seed.Paragraphs.Count, await _page.Locator("section p").CountAsync());
        Assert.Equal(Seed.Quotes.Select(q => q.Text), await _page.Locator("mark.quote").AllInnerTextsAsync());
        Assert.Equal(
            Seed.Quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Name),
            await _page.Locator("a.speaker").AllInnerTextsAsync());
        var resolved = Seed.Dates.First(d => d.Value is not null && d.Location.IsBody);
        var time = _page.Locator($"time.date[datetime='{resolved.Value:yyyy-MM-dd}']").First;
        Assert.Equal(resolved.Text, await time.InnerTextAsync());
        Assert.Equal(ArticleText.Day(resolved.Value!.Value), await time.GetAttributeAsync("title"));
        var figure = await _page.Locator("figure.photo").InnerTextAsync();
        Assert.Contains(Seed.Photo!.Credit, figure);
        await Screenshot("article");
    }

    [ChromiumFact]
    public async Task The_speaker_link_of_a_quote_leads_to_the_person_page_that_lists_the_same_quote()
    {
        var quote = Seed.Quotes.First(q => q.Speaker is Person);
        var speaker = (Person)quote.Speaker!;
        await Open(Links.To(Seed));

        await _page.Locator($"#{Links.Anchor(quote)} + a.speaker").ClickAsync();
        await _page.WaitForURLAsync(new Uri(_site.BaseAddress, Links.To(speaker)).ToString());

        Assert.Equal(speaker.Name, await _page.Locator("h1.name").InnerTextAsync());
        Assert.Equal(speaker.Quotes.Select(q => $"“{q.Text}”"), await _page.Locator("ul.quotes blockquote").AllInnerTextsAsync());
        Assert.Equal(speaker.Aliases.Count > 0, await _page.Locator("p.aliases").CountAsync() == 1);
        await Screenshot("person");

        // And back: the quote's "said in" link lands on the highlighted quote in its article.
        var index = speaker.Quotes.ToList().IndexOf(quote);
        await _page.Locator("a.said-in").Nth(index).ClickAsync();
        await _page.WaitForURLAsync(new Uri(_site.BaseAddress, Links.To(quote)).ToString());
        Assert.Equal(quote.Text, await _page.Locator($"#{Links.Anchor(quote)}").InnerTextAsync());
    }

    [ChromiumFact]
    public async Task Search_finds_a_person_by_the_variant_spelling_the_text_uses()
    {
        const string variant = "Scaparotti";
        var expected = People.Find(variant);
        Assert.NotNull(expected);
        await Open(Links.Home);

        // The wait is set before the key that navigates is pressed, as Playwright advises for actions that navigate. Once,
        // in a CI run under load, the wait set after the key press timed out; the cause was not found.
        var search = _page.Locator("header input[name=q]");
        await search.FillAsync(variant);
        var navigated = _page.WaitForURLAsync("**/search?q=" + variant);
        await search.PressAsync("Enter");
        await navigated;

        var first = _page.Locator("#named ul.results a").First;
        Assert.Equal(expected.Name, await first.InnerTextAsync());
        Assert.Equal(Links.To(expected), await first.GetAttributeAsync("href"));
        await Screenshot("search");
    }

    [ChromiumFact]
    public async Task Timeline_lists_dated_events_in_date_order_and_undated_events_apart()
    {
        var response = await Open(Links.Events);

        Assert.Equal(200, response.Status);
        var days = (await _page.Locator("#dated li.event").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.date)"))
            .Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Events.All.Count(e => e.Date is not null), days.Count);
        Assert.NotEmpty(days);
        Assert.Equal(days.Order(), days);
        Assert.Equal(Events.All.Count(e => e.Date is null), await _page.Locator("#undated li.event").CountAsync());
        var placed = Catalogue.DatedEvents.First(e => e.Place is not null);
        Assert.Equal(placed.Place!.Name, await _page.Locator("#dated li.event a.place").First.InnerTextAsync());
        await Screenshot("events");

        var placePage = await Open(Links.To(placed.Place));
        Assert.Equal(200, placePage.Status);
        Assert.StartsWith(placed.Place.Name, await _page.Locator("h1.name").InnerTextAsync());
    }

    [ChromiumTheory]
    [InlineData("/people/NoSuchPerson")]
    [InlineData("/articles/no-such-article")]
    [InlineData("/places/NoSuchPlace")]
    [InlineData("/no/such/page")]
    public async Task An_unknown_id_gives_the_not_found_page_with_status_404(string path)
    {
        var response = await Open(path);

        Assert.Equal(404, response.Status);
        Assert.Equal("Page not found", await _page.Locator("h1.not-found").InnerTextAsync());
        if (path.StartsWith("/people/", StringComparison.Ordinal))
        {
            await Screenshot("not-found");
        }
    }

    private async Task<IResponse> Open(string path) =>
        await _page.GotoAsync(new Uri(_site.BaseAddress, path).ToString()) ?? throw new InvalidOperationException($"No response for {path}.");

    private async Task Screenshot(string pageType)
    {
        var file = Path.Combine(SiteFixture.ScreenshotDirectory, pageType + ".png");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        _output.WriteLine($"screenshot of the {pageType} page: {file}");
    }
}
