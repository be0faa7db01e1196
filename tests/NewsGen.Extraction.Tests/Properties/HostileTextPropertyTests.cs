using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Properties;

/// <summary>Extraction over generated hostile text (<see cref="HostileText"/>): it never fails and never points outside the text.</summary>
public class HostileTextPropertyTests
{
    private static ExtractionResult Extract(string path, string text) =>
        ArticleExtractor.Extract(new ArticleSource(path, text, null, null), ExtractionOptions.Default);

    [Fact]
    public void Extraction_never_fails_and_every_offset_points_into_the_text()
    {
        HostileText.Article.Sample(text =>
        {
            var result = Extract("/p/story.txt", text);

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NG9001");
            var length = SourceDocument.Create("/p/story.txt", text).Text.Length;
            foreach (var (start, spanLength) in Spans(result))
            {
                Assert.InRange(start, 0, length);
                Assert.InRange(spanLength, 0, length - start);
            }
        }, iter: 100);
    }

    [Fact]
    public void The_corpus_does_not_depend_on_file_order()
    {
        HostileText.Articles.Sample(files =>
        {
            var results = files.Select(f => Extract(f.Path, f.Text)).ToList();

            var forward = CorpusBuilder.Build(results);
            var backward = CorpusBuilder.Build(Enumerable.Reverse(results));

            Assert.Equal(forward, backward);
        }, iter: 40);
    }

    private static IEnumerable<(int Start, int Length)> Spans(ExtractionResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            yield return (diagnostic.Location.Start, diagnostic.Location.Length);
        }

        if (result.Article is not { } article)
        {
            yield break;
        }

        var mentions = article.People.SelectMany(p => p.Mentions)
            .Concat(article.Organizations.SelectMany(o => o.Mentions))
            .Concat(article.Places.SelectMany(p => p.Mentions));
        foreach (var mention in mentions)
        {
            yield return (mention.Start, mention.Length);
        }

        foreach (var quote in article.Quotes)
        {
            yield return (quote.Start, quote.Length);
        }

        foreach (var date in article.Dates)
        {
            yield return (date.Start, date.Length);
        }

        foreach (var paragraph in article.Sections.SelectMany(s => s.Paragraphs))
        {
            yield return (paragraph.Start, paragraph.Text.Length);
        }
    }
}
