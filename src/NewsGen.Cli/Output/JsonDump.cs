using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsGen.Extraction.Model;

namespace NewsGen.Cli.Output;

/// <summary>
/// Writes the <c>newsgen/1</c> JSON document that <c>inspect --json</c> prints and the scorer reads. Each article
/// carries its diagnostics; the top-level <c>diagnostics</c> holds those of skipped files and of the settings.
/// </summary>
internal static class JsonDump
{
    public static void Write(Stream stream, IReadOnlyList<(string File, ExtractionResult Result)> results, IReadOnlyList<ContentDiagnostic> unplaced)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("schema", "newsgen/1");
        json.WriteStartArray("articles");
        foreach (var (file, result) in results)
        {
            if (result.Article is { } article)
            {
                WriteArticle(json, file, article, result);
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in unplaced)
        {
            WriteDiagnostic(json, diagnostic, withFile: true);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter json, string file, Article article, ExtractionResult result)
    {
        json.WriteStartObject();
        json.WriteString("file", file);
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        WriteDate(json, "published", article.Published);
        if (article.Photo is { } photo)
        {
            json.WriteStartObject("photo");
            json.WriteString("caption", photo.Caption);
            json.WriteString("credit", photo.Credit);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("photo");
        }

        json.WriteStartArray("sections");
        foreach (var section in article.Sections)
        {
            json.WriteStartObject();
            json.WriteString("heading", section.Heading);
            WriteStrings(json, "paragraphs", ParagraphTexts(section));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("people");
        foreach (var person in article.People)
        {
            json.WriteStartObject();
            json.WriteString("id", person.Id);
            json.WriteString("name", person.Name);
            WriteStrings(json, "aliases", person.Aliases);
            WriteStrings(json, "roles", person.Roles);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteNamed(json, "organizations", article.Organizations, o => (o.Id, o.Name, o.Aliases));
        WriteNamed(json, "places", article.Places, p => (p.Id, p.Name, p.Aliases));

        json.WriteStartArray("quotes");
        foreach (var quote in article.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            if (quote.Speaker is { } speaker)
            {
                json.WriteStartObject("speaker");
                WriteEntityRef(json, speaker);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("speaker");
            }

            json.WriteNumber("paragraph", quote.Paragraph);
            json.WriteBoolean("partial", quote.IsPartial);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("dates");
        foreach (var date in article.Dates)
        {
            json.WriteStartObject();
            json.WriteString("text", date.Text);
            WriteDate(json, "value", date.Value);
            json.WriteNumber("paragraph", date.Paragraph);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var newsEvent in article.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", newsEvent.Id);
            WriteDate(json, "date", newsEvent.Date);
            json.WriteString("place", newsEvent.Place);
            json.WriteStartArray("participants");
            foreach (var participant in newsEvent.Participants)
            {
                json.WriteStringValue(participant.Name);
            }

            json.WriteEndArray();
            json.WriteString("summary", newsEvent.Summary);
            json.WriteNumber("paragraph", newsEvent.Paragraph);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("corrections");
        foreach (var applied in result.Corrections)
        {
            var location = applied.Correction.Location;
            json.WriteStartObject();
            json.WriteString("kind", applied.Correction.Kind.ToString().ToLowerInvariant());
            json.WriteString("target", applied.Correction.Target);
            json.WriteString("value", applied.Correction.Value);
            json.WriteString("file", location.Path);
            json.WriteNumber("line", location.Span.StartLine + 1);
            json.WriteNumber("column", location.Span.StartColumn + 1);
            json.WriteNumber("changes", applied.Changes);
            json.WriteString("problem", applied.Problem);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic, withFile: false);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, ContentDiagnostic diagnostic, bool withFile)
    {
        json.WriteStartObject();
        if (withFile)
        {
            json.WriteString("file", diagnostic.Path);
        }

        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", DiagnosticText.Name(diagnostic.Severity));
        json.WriteNumber("line", diagnostic.Location.StartLine + 1);
        json.WriteNumber("column", diagnostic.Location.StartColumn + 1);
        json.WriteNumber("endLine", diagnostic.Location.EndLine + 1);
        json.WriteNumber("endColumn", diagnostic.Location.EndColumn + 1);
        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }

    private static IEnumerable<string> ParagraphTexts(Section section)
    {
        foreach (var paragraph in section.Paragraphs)
        {
            yield return paragraph.Text;
        }
    }

    private static void WriteEntityRef(Utf8JsonWriter json, EntityRef entity)
    {
        json.WriteString("kind", entity.Kind == EntityKind.Person ? "person" : "organization");
        json.WriteString("id", entity.Id);
        json.WriteString("name", entity.Name);
    }

    private static void WriteNamed<T>(Utf8JsonWriter json, string name, EquatableArray<T> items, System.Func<T, (string Id, string Name, EquatableArray<string> Aliases)> select)
        where T : System.IEquatable<T>
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            var (id, itemName, aliases) = select(item);
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", itemName);
            WriteStrings(json, "aliases", aliases);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, CalendarDate? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, value.ToString());
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
