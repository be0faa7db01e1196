using System;
using System.Collections.Generic;
using System.IO;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsGen.Extraction.Yaml;

/// <summary>
/// Reads a YAML mapping (front matter, a corrections file) with YamlDotNet's parser into <see cref="YamlNode"/>s
/// located in the <see cref="SourceDocument"/> the text belongs to. Never throws: a syntax error, a root that is not
/// a mapping, a non-scalar key, an alias or too deep a nesting becomes a <see cref="YamlError"/>, and the entries
/// read before it are kept.
/// </summary>
public static class YamlReader
{
    // Aliases are refused and nesting is bounded so that equality and hashing of the nodes (recursive, done by the
    // incremental generator's cache) stay linear and shallow whatever the text holds.
    private const int MaxDepth = 32;

    /// <summary>Reads the text of <paramref name="document"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static YamlDocument Read(SourceDocument document, int start, int end)
    {
        var entries = new List<YamlEntry>();
        var parser = new TrackingParser(new Parser(new StringReader(document.Text.Substring(start, end - start))));
        var reader = new NodeReader(document, start, parser);
        try
        {
            reader.ReadRoot(entries);
            return new YamlDocument(entries.ToEquatableArray(), null);
        }
        catch (YamlException exception)
        {
            return new YamlDocument(entries.ToEquatableArray(), new YamlError(Reason(exception), reader.Span(exception.Start, exception.End)));
        }
        catch (InvalidOperationException)
        {
            // The scanner throws this, without a position, when the text ends inside a flow collection or a quote.
            var error = new YamlError("the YAML ends before this is closed (a bracket or a quote?)", reader.Span(parser.LastStart, parser.LastEnd));
            return new YamlDocument(entries.ToEquatableArray(), error);
        }
    }

    // YamlDotNet puts the position in front of its message; the diagnostic carries the position itself.
    private static string Reason(YamlException exception)
    {
        var message = exception.Message;
        var separator = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && separator > 0 ? message.Substring(separator + 3) : message;
    }

    // Remembers the last event read, to locate failures that come without a position.
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastStart { get; private set; } = Mark.Empty;

        public Mark LastEnd { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current)
            {
                LastStart = current.Start;
                LastEnd = current.End;
            }

            return inner.MoveNext();
        }
    }

    private sealed class NodeReader(SourceDocument document, int offset, IParser parser)
    {
        public void ReadRoot(List<YamlEntry> entries)
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return;
            }

            parser.Consume<DocumentStart>();
            if (parser.Current is Scalar { Value.Length: 0 })
            {
                parser.MoveNext();
            }
            else if (parser.TryConsume<MappingStart>(out _))
            {
                ReadEntries(entries, 1);
            }
            else
            {
                throw Refuse(parser.Current!, "expected 'key: value' lines");
            }

            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                throw Refuse(parser.Current!, "expected a single YAML document");
            }
        }

        public SourceSpan Span(Mark start, Mark end)
        {
            var from = offset + (int)start.Index;
            return document.Span(from, offset + (int)end.Index - from);
        }

        // Returns the event that closes the mapping.
        private MappingEnd ReadEntries(List<YamlEntry> entries, int depth)
        {
            while (true)
            {
                if (parser.TryConsume<MappingEnd>(out var end))
                {
                    return end;
                }

                if (parser.Current is not Scalar key)
                {
                    throw Refuse(parser.Current!, "a key must be a single word or text, not a list or mapping");
                }

                parser.MoveNext();
                entries.Add(new YamlEntry(key.Value, Span(key.Start, key.End), ReadNode(depth)));
            }
        }

        private YamlNode ReadNode(int depth)
        {
            var current = parser.Current!;
            if (depth > MaxDepth)
            {
                throw Refuse(current, $"nested more than {MaxDepth} levels deep");
            }

            parser.MoveNext();
            switch (current)
            {
                case Scalar scalar:
                    return new YamlScalar(scalar.Value, Style(scalar.Style), Span(scalar.Start, scalar.End));
                case SequenceStart sequence:
                    var items = new List<YamlNode>();
                    while (!parser.Accept<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(depth + 1));
                    }

                    var sequenceEnd = parser.Consume<SequenceEnd>();
                    var lastItem = items.Count > 0 ? items[items.Count - 1].Span : null;
                    return new YamlSequence(items.ToEquatableArray(), CollectionSpan(current.Start, sequence.Style == SequenceStyle.Flow, sequenceEnd, lastItem));
                case MappingStart mapping:
                    var entries = new List<YamlEntry>();
                    var mappingEnd = ReadEntries(entries, depth + 1);
                    var lastValue = entries.Count > 0 ? entries[entries.Count - 1].Value.Span : null;
                    return new YamlMapping(entries.ToEquatableArray(), CollectionSpan(current.Start, mapping.Style == MappingStyle.Flow, mappingEnd, lastValue));
                default:
                    throw Refuse(current, "aliases (*name) are not supported");
            }
        }

        // A flow collection ends after its closing bracket (the end event marks the bracket itself); a block one ends
        // with its last item, since its end event is only where the next key starts.
        private SourceSpan CollectionSpan(Mark start, bool isFlow, ParsingEvent end, SourceSpan? last)
        {
            var from = offset + (int)start.Index;
            var to = isFlow ? offset + (int)end.Start.Index + 1 : last is null ? from : last.Start + last.Length;
            return document.Span(from, to - from);
        }

        private static YamlException Refuse(ParsingEvent at, string reason) => new(at.Start, at.End, reason);

        private static YamlScalarStyle Style(ScalarStyle style) =>
            style switch
            {
                ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => YamlScalarStyle.Quoted,
                ScalarStyle.Literal or ScalarStyle.Folded => YamlScalarStyle.Block,
                _ => YamlScalarStyle.Plain,
            };
    }
}

/// <summary>The entries of a YAML mapping, and the error that stopped reading it, if any.</summary>
public sealed record YamlDocument(EquatableArray<YamlEntry> Entries, YamlError? Error);
