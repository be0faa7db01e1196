using System;
using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>
/// Splits an article into title, photo caption, sections and body paragraphs, and drops boilerplate.
/// The title is the first non-empty line; the photo caption may be one of the first two blocks after it; a
/// heading-like line only counts as a heading between prose paragraphs (a sentence-ending block before it and
/// one after it), so fact boxes, standfirsts and sign-offs stay paragraphs.
/// </summary>
public static class StructureReader
{
    /// <summary>Short trailing lines this long or shorter are tested as footers (copyright, share links).</summary>
    private const int FooterMaxWords = 20;

    /// <summary>How many blocks after the title may hold the photo caption.</summary>
    private const int PhotoWindow = 2;

    /// <summary>A heading may directly follow another (section and sub-section); longer runs of short lines are lists.</summary>
    private const int MaxStackedHeadings = 2;

    private enum Role
    {
        Paragraph,
        Heading,
        Photo,
        Boilerplate,
    }

    /// <summary>The structure of the text from <paramref name="bodyStart"/> on.</summary>
    public static ArticleStructure Read(SourceDocument document, int bodyStart, ExtractionOptions options)
    {
        var text = document.Text;
        var titleLine = bodyStart;
        while (titleLine < text.Length && TextLine.IsBlank(text, titleLine, TextLines.End(text, titleLine)))
        {
            titleLine = TextLines.End(text, titleLine) + 1;
        }

        if (titleLine >= text.Length)
        {
            return new ArticleStructure(document, string.Empty, bodyStart, null, [], [], []);
        }

        var titleEnd = TextLines.End(text, titleLine);
        var title = BlockReader.Read(text, titleLine, titleEnd)[0];
        var blocks = BlockReader.Read(text, titleEnd + 1, text.Length);
        var roles = new Role[blocks.Count];
        MarkBoilerplate(blocks, roles, BoilerplatePatterns.Compile(options));
        var photo = MarkPhoto(blocks, roles);
        MarkHeadings(blocks, roles, title.Text);
        return Assemble(document, title, photo, blocks, roles);
    }

    private static void MarkBoilerplate(List<TextBlock> blocks, Role[] roles, BoilerplateMatcher matcher)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (matcher.MatchesWhole(blocks[i].Text))
            {
                roles[i] = Role.Boilerplate;
            }
        }

        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (roles[i] == Role.Boilerplate)
            {
                continue;
            }

            if (WordCounter.Count(blocks[i].Text) > FooterMaxWords || !matcher.MatchesLeadingSegment(blocks[i].Text))
            {
                break;
            }

            roles[i] = Role.Boilerplate;
        }
    }

    private static Photo? MarkPhoto(List<TextBlock> blocks, Role[] roles)
    {
        var seen = 0;
        for (var i = 0; i < blocks.Count && seen < PhotoWindow; i++)
        {
            if (roles[i] == Role.Boilerplate)
            {
                continue;
            }

            seen++;
            if (PhotoCaptionReader.TryRead(blocks[i]) is { } photo)
            {
                roles[i] = Role.Photo;
                return photo;
            }
        }

        return null;
    }

    private static void MarkHeadings(List<TextBlock> blocks, Role[] roles, string title)
    {
        var kept = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (roles[i] == Role.Paragraph)
            {
                kept.Add(i);
            }
        }

        var candidate = new bool[kept.Count];
        var lastProse = -1;
        for (var k = 0; k < kept.Count; k++)
        {
            candidate[k] = HeadingRule.LooksLikeHeading(blocks[kept[k]], title);
            if (!candidate[k] && SentenceEnd.IsFullStopAt(blocks[kept[k]].Text))
            {
                lastProse = k;
            }
        }

        var proseBefore = false;
        for (var k = 0; k < kept.Count; k++)
        {
            var block = blocks[kept[k]];
            if (!candidate[k])
            {
                proseBefore |= SentenceEnd.IsFullStopAt(block.Text);
                continue;
            }

            if (proseBefore && k < lastProse && CandidateRunLength(candidate, k) <= MaxStackedHeadings &&
                !blocks[kept[k - 1]].Text.EndsWith(":", StringComparison.Ordinal) &&
                !Continues(blocks[kept[k + 1]].Text))
            {
                roles[kept[k]] = Role.Heading;
            }
        }
    }

    private static int CandidateRunLength(bool[] candidate, int index)
    {
        var first = index;
        while (first > 0 && candidate[first - 1])
        {
            first--;
        }

        var last = index;
        while (last + 1 < candidate.Length && candidate[last + 1])
        {
            last++;
        }

        return last - first + 1;
    }

    /// <summary>True when a block carries on the sentence before it (a line broken mid-sentence, a list of clauses).</summary>
    private static bool Continues(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsLower(c);
            }

            if (c is '.' or ',' or ';' or ':' or ')')
            {
                return true;
            }
        }

        return false;
    }

    private static ArticleStructure Assemble(SourceDocument document, TextBlock title, Photo? photo, List<TextBlock> blocks, Role[] roles)
    {
        var sections = new List<Section>();
        var paragraphs = new List<Paragraph>();
        var boilerplate = new List<string>();
        var sectionParagraphs = new List<Paragraph>();
        string? heading = null;
        var headingStart = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (roles[i])
            {
                case Role.Paragraph:
                    var paragraph = new Paragraph(paragraphs.Count, blocks[i].Text, blocks[i].Start);
                    paragraphs.Add(paragraph);
                    sectionParagraphs.Add(paragraph);
                    break;
                case Role.Heading:
                    CloseSection(sections, heading, headingStart, sectionParagraphs);
                    heading = blocks[i].Text;
                    headingStart = blocks[i].Start;
                    break;
                case Role.Boilerplate:
                    boilerplate.Add(blocks[i].Text);
                    break;
            }
        }

        CloseSection(sections, heading, headingStart, sectionParagraphs);
        return new ArticleStructure(document, title.Text, title.Start, photo, sections, paragraphs, boilerplate);
    }

    private static void CloseSection(List<Section> sections, string? heading, int headingStart, List<Paragraph> paragraphs)
    {
        if (heading is not null || paragraphs.Count > 0)
        {
            sections.Add(new Section(heading, headingStart, paragraphs.ToEquatableArray()));
        }

        paragraphs.Clear();
    }
}
