using System;
using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>Quotations found between marks, and the absolute offsets of opening marks that were never closed.</summary>
internal sealed class FoundQuotes
{
    public FoundQuotes(IReadOnlyList<QuotedRun> runs, IReadOnlyList<int> unbalancedMarks)
    {
        Runs = runs;
        UnbalancedMarks = unbalancedMarks;
    }

    /// <summary>Outermost quotations in reading order; quotations nested in them stay part of their text.</summary>
    public IReadOnlyList<QuotedRun> Runs { get; }

    public IReadOnlyList<int> UnbalancedMarks { get; }
}

/// <summary>
/// Pairs double quotation marks into quotations. A quotation still open at the end of a paragraph runs on when the
/// next paragraph opens with a mark (the news convention for multi-paragraph quotes); otherwise its opening mark is
/// unbalanced and the quotations nested in it count as outermost ones.
/// </summary>
internal static class QuoteFinder
{
    public static FoundQuotes Find(IReadOnlyList<Paragraph> paragraphs)
    {
        var pairing = new Pairing(paragraphs);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            pairing.Read(p);
        }

        pairing.Finish();

        // No two runs open at the same mark, so an unstable sort gives the same order as a stable one.
        pairing.Runs.Sort(static (a, b) =>
            a.Pieces[0].Paragraph != b.Pieces[0].Paragraph
                ? a.Pieces[0].Paragraph.CompareTo(b.Pieces[0].Paragraph)
                : a.Pieces[0].OpenMark.CompareTo(b.Pieces[0].OpenMark));
        pairing.Unbalanced.Sort();
        return new FoundQuotes(pairing.Runs, pairing.Unbalanced);
    }

    private sealed class Node
    {
        public Node(int paragraph, int openMark, Node? head)
        {
            Paragraph = paragraph;
            OpenMark = openMark;
            Head = head ?? this;
        }

        public int Paragraph { get; }

        public int OpenMark { get; }

        /// <summary>The first piece of the quotation this node continues (itself unless it runs on from an earlier paragraph).</summary>
        public Node Head { get; }

        public int ContentEnd { get; set; } = -1;

        public bool Closed { get; set; }

        public Node? Next { get; set; }

        /// <summary>Never closed inside its paragraph: not a quotation, but the quotations inside it are its parent's.</summary>
        public bool Dropped { get; set; }

        /// <summary>The quotations opened inside this one; most have none, so the list is made for the first.</summary>
        public IReadOnlyList<Node> Children => (IReadOnlyList<Node>?)_children ?? Array.Empty<Node>();

        private List<Node>? _children;

        public void AddChild(Node child) => (_children ??= new List<Node>()).Add(child);
    }

    private sealed class Pairing
    {
        private readonly IReadOnlyList<Paragraph> _paragraphs;

        /// <summary>The quotations open in the paragraph being read, innermost last; emptied at each paragraph's end.</summary>
        private readonly List<Node> _stack = new();
        private Node? _runningOn;

        public Pairing(IReadOnlyList<Paragraph> paragraphs) => _paragraphs = paragraphs;

        public List<QuotedRun> Runs { get; } = new();

        public List<int> Unbalanced { get; } = new();

        public void Read(int p)
        {
            var text = _paragraphs[p].Text;
            var stack = _stack;
            stack.Clear();
            var from = 0;
            if (_runningOn is { } previous)
            {
                _runningOn = null;
                if (text.Length > 0 && Lexicon.IsDoubleQuoteMark(text[0]) && QuoteMarks.Classify(text, 0, false) == MarkRole.Open)
                {
                    var piece = new Node(p, 0, previous.Head);
                    previous.Next = piece;
                    stack.Add(piece);
                    from = 1;
                }
                else
                {
                    GiveUp(previous.Head);
                }
            }

            var rare = -2;
            for (var i = QuoteMarks.Next(text, from, ref rare); i >= 0; i = QuoteMarks.Next(text, i + 1, ref rare))
            {
                Mark(stack, p, text, i, QuoteMarks.Classify(text, i, stack.Count > 0));
            }

            EndParagraph(stack, text.Length);
        }

        public void Finish()
        {
            if (_runningOn is { } open)
            {
                _runningOn = null;
                GiveUp(open.Head);
            }
        }

        private void Mark(List<Node> stack, int p, string text, int i, MarkRole role)
        {
            if (role == MarkRole.Open && stack.Count == 1 && ReopensAfterSentence(text, stack[0].OpenMark, i))
            {
                var previous = stack[0];
                previous.ContentEnd = EndOfText(text, previous.OpenMark + 1, i);
                var piece = new Node(p, i, previous.Head);
                previous.Next = piece;
                stack[0] = piece;
                return;
            }

            if (role == MarkRole.Open)
            {
                var node = new Node(p, i, null);
                if (stack.Count > 0)
                {
                    stack[stack.Count - 1].AddChild(node);
                }

                stack.Add(node);
                return;
            }

            if (stack.Count == 0)
            {
                return;
            }

            var closed = stack[stack.Count - 1];
            stack.RemoveAt(stack.Count - 1);
            closed.ContentEnd = i;
            closed.Closed = true;
            if (stack.Count == 0)
            {
                Runs.Add(ToRun(closed.Head));
            }
        }

        /// <summary>
        /// A mark of the open quotation's own style right after a sentence end inside it opens the next paragraph of
        /// the same quotation where paragraph breaks were lost ("… to consume. "France can't …") rather than a
        /// quotation nested in it, which would take the other style.
        /// </summary>
        private static bool ReopensAfterSentence(string text, int openMark, int i)
        {
            if (Style(text[openMark]) != Style(text[i]))
            {
                return false;
            }

            var c = i - 1;
            while (c > openMark && char.IsWhiteSpace(text[c]))
            {
                c--;
            }

            return c < i - 1 && text[c] is '.' or '?' or '!';
        }

        private static int Style(char mark) => mark switch
        {
            '"' => 0,
            '\u00AB' or '\u00BB' => 2,
            _ => 1,
        };

        private static int EndOfText(string text, int start, int end)
        {
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private void EndParagraph(List<Node> stack, int length)
        {
            while (stack.Count > 1)
            {
                var inner = stack[stack.Count - 1];
                stack.RemoveAt(stack.Count - 1);
                Unbalanced.Add(Absolute(inner));
                inner.Dropped = true;
            }

            if (stack.Count == 1)
            {
                stack[0].ContentEnd = length;
                _runningOn = stack[0];
            }
        }

        /// <summary>An opening mark never closed: not a quotation, but the closed quotations inside it are.</summary>
        private void GiveUp(Node head)
        {
            Unbalanced.Add(Absolute(head));
            var pending = new Stack<Node>();
            for (var piece = head; piece is not null; piece = piece.Next)
            {
                foreach (var child in piece.Children)
                {
                    pending.Push(child);
                }
            }

            // Dropped nodes are opened in place rather than lifted into their parents when dropped, which would move
            // the same quotations once per level of unclosed marks around them.
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (!node.Dropped)
                {
                    Runs.Add(ToRun(node));
                    continue;
                }

                foreach (var child in node.Children)
                {
                    pending.Push(child);
                }
            }
        }

        private int Absolute(Node node) => _paragraphs[node.Paragraph].Start + node.OpenMark;

        private static QuotedRun ToRun(Node head)
        {
            var pieces = new List<QuotePiece>();
            for (var piece = head; piece is not null; piece = piece.Next)
            {
                pieces.Add(new QuotePiece(
                    piece.Paragraph, piece.OpenMark, piece.OpenMark + 1, piece.ContentEnd, piece.Closed ? piece.ContentEnd : -1));
            }

            return new QuotedRun(pieces);
        }
    }
}
