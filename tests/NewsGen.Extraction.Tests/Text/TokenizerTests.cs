using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text, TokenPolicy policy) =>
        Tokenizer.Tokenize(text, policy).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Fact]
    public void Names_keep_the_period_of_initials_and_dotted_short_forms()
    {
        const string text = "J. R. Okafor flew to the U.K. on Monday.";

        var tokens = Tokenizer.Tokenize(text, TokenPolicy.Names);

        Assert.Equal(["J.", "R.", "Okafor", "flew", "to", "the", "U.K.", "on", "Monday", "."], Words(text, TokenPolicy.Names));
        Assert.True(tokens[0].Has(TokenFlags.Initial));
        Assert.True(tokens[6].Has(TokenFlags.Dotted));
    }

    [Fact]
    public void Clauses_keep_inner_periods_and_ampersands_in_the_word_and_the_final_period_apart()
    {
        Assert.Equal(["The", "U.K", ".", "firm", "AT&T", "grew", "3.5", "%", "."], Words("The U.K. firm AT&T grew 3.5%.", TokenPolicy.Clauses));
    }

    [Fact]
    public void Names_drop_a_possessive_and_flag_the_word_while_clauses_keep_it()
    {
        const string text = "Halvorsen’s plan and the ministers' vote";

        var names = Tokenizer.Tokenize(text, TokenPolicy.Names);

        Assert.Equal(["Halvorsen", "plan", "and", "the", "ministers", "vote"], Words(text, TokenPolicy.Names));
        Assert.True(names[0].Has(TokenFlags.Possessive));
        Assert.True(names[4].Has(TokenFlags.Possessive));
        Assert.Equal(["Halvorsen’s", "plan", "and", "the", "ministers", "'", "vote"], Words(text, TokenPolicy.Clauses));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Both_policies_keep_inner_hyphens_and_apostrophes(bool names)
    {
        var policy = names ? TokenPolicy.Names : TokenPolicy.Clauses;
        Assert.Equal(["O'Donnell", "isn't", "a", "Vice-Admiral"], Words("O'Donnell isn't a Vice-Admiral", policy));
    }

    [Fact]
    public void Tokens_carry_case_digit_hyphen_and_quotation_mark_flags()
    {
        const string text = "“UNESCO said 2nd-round talks” in Oslo";

        var tokens = Tokenizer.Tokenize(text, TokenPolicy.Clauses);

        Assert.Equal(TokenKind.QuoteMark, tokens[0].Kind);
        Assert.True(tokens[1].Has(TokenFlags.AllCaps | TokenFlags.Capitalized));
        Assert.True(tokens[3].Has(TokenFlags.HasDigit | TokenFlags.Hyphenated));
        Assert.Equal(TokenKind.QuoteMark, tokens[5].Kind);
        Assert.True(tokens[7].IsCapitalized);
        Assert.False(tokens[2].IsCapitalized);
    }

    [Fact]
    public void The_first_word_of_each_sentence_is_flagged_but_not_the_word_after_an_abbreviation()
    {
        const string text = "Rain fell. Gen. Mwangi left. Dr. Osei stayed";

        var starts = Tokenizer.Tokenize(text, TokenPolicy.Names)
            .Where(t => t.Has(TokenFlags.SentenceStart))
            .Select(t => text.Substring(t.Start, t.Length));

        Assert.Equal(["Rain", "Gen", "Dr"], starts);
    }

    [Fact]
    public void A_word_starting_with_a_capital_or_title_case_letter_is_capitalized_and_others_are_not()
    {
        const string text = "Émile met \u01C5ukić and \u00E9lodie by the lake";

        var capitalized = Tokenizer.Tokenize(text, TokenPolicy.Names).Select(t => t.IsCapitalized).ToArray();

        Assert.Equal([true, false, true, false, false, false, false, false], capitalized);
    }

    [Fact]
    public void A_surrogate_pair_is_one_mark()
    {
        const string text = "Fans cheered \U0001F600 loudly";

        var tokens = Tokenizer.Tokenize(text, TokenPolicy.Names);

        Assert.Equal(4, tokens.Length);
        Assert.Equal(2, tokens[2].Length);
        Assert.Equal(TokenKind.Punctuation, tokens[2].Kind);
    }

    [Fact]
    public void Normalize_drops_a_possessive_and_unifies_apostrophes()
    {
        Assert.Equal("Lindgren", Tokenizer.Normalize("Lindgren’s"));
        Assert.Equal("don't", Tokenizer.Normalize("don’t"));
    }

    [Fact]
    public void Spelling_bearing_name_words_are_read_by_the_one_tokenizer()
    {
        Assert.Equal(["Okonkwo", "Adeyemi-Grant"], NewsGen.Extraction.Validation.Names.NameTokens.Of("Dr J. Okonkwo’s aide Adeyemi-Grant of the U.N."));
    }

    [Theory]
    [InlineData("The harbour pilots met at noon; the ferry, late again, docked.")]
    [InlineData("“We won't sail,” she said. Isn't it O'Donnell-Vance who steers?")]
    public void A_text_without_marks_the_policies_read_differently_gives_the_same_tokens_under_every_policy(string text)
    {
        var names = Tokenizer.Tokenize(text, TokenPolicy.Names, out var namesMatter);
        var clauses = Tokenizer.Tokenize(text, TokenPolicy.Clauses, out var clausesMatter);

        Assert.False(namesMatter);
        Assert.False(clausesMatter);
        Assert.Equal(names, clauses);
    }

    [Theory]
    [InlineData("The pilots’ union met.")]
    [InlineData("Pilot K. Marsh steered.")]
    [InlineData("Fares rose 4.5 percent.")]
    [InlineData("Fares rose in the U.K. first.")]
    [InlineData("The Smith&Daughters yard closed.")]
    [InlineData("The rock'98 festival sailed.")]
    public void A_possessive_an_initial_or_a_mark_inside_a_word_makes_the_policy_matter(string text)
    {
        Tokenizer.Tokenize(text, TokenPolicy.Names, out var namesMatter);
        Tokenizer.Tokenize(text, TokenPolicy.Clauses, out var clausesMatter);

        Assert.True(namesMatter);
        Assert.True(clausesMatter);
    }

    [Fact]
    public void A_possessive_s_the_names_reading_leaves_out_is_the_clause_reading_s_word_as_written()
    {
        const string text = "The captain’s log and Marsh's chart were wet.";

        var names = Tokenizer.Tokenize(text, TokenPolicy.Names, out var policyMatters);
        var clauses = Tokenizer.Tokenize(text, TokenPolicy.Clauses, out var clausesMatter);

        Assert.False(policyMatters);
        Assert.True(clausesMatter);
        Assert.True(names[1].Has(TokenFlags.PossessiveS));
        Assert.Equal(["captain", "Marsh"], names.Where(t => t.Has(TokenFlags.Possessive)).Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal(AsWritten(clauses), AsWritten(names));
    }

    [Theory]
    [InlineData("The NORSEC's fleet sailed.")]
    [InlineData("The captain's-mate sailed.")]
    [InlineData("The captain's.log sailed.")]
    [InlineData("The pilots' union met.")]
    public void A_possessive_the_clause_reading_reads_otherwise_than_as_one_longer_word_makes_the_policy_matter(string text)
    {
        Tokenizer.Tokenize(text, TokenPolicy.Names, out var policyMatters);

        Assert.True(policyMatters);
    }

    [Theory]
    [InlineData("Dr. Ines Okafor-Bell's", true)]
    [InlineData("U.K. ferry", false)]
    [InlineData("Halloran", true)]
    [InlineData("  ", true)]
    public void Counting_tokens_gives_the_count_and_first_token_of_tokenizing(string text, bool names)
    {
        var policy = names ? TokenPolicy.Names : TokenPolicy.Clauses;
        var tokens = Tokenizer.Tokenize(text, policy);

        Assert.Equal(tokens.Length, Tokenizer.Count(text, policy, out var first));
        Assert.Equal(tokens.Length == 0 ? default : tokens[0], first);
    }

    [Fact]
    public void The_words_of_a_text_are_its_word_tokens_cut_out_as_the_policy_reads_them()
    {
        const string text = "Capt. R. Lindqvist’s U.K. crew, 4.5 knots!";

        Assert.Equal(Words(text, TokenPolicy.Clauses).Where(w => char.IsLetterOrDigit(w[0])), Tokenizer.Words(text, TokenPolicy.Clauses));
        Assert.Equal(["Capt", "R.", "Lindqvist", "U.K.", "crew", "4", "5", "knots"], Tokenizer.Words(text, TokenPolicy.Names));
    }

    [Theory]
    [InlineData("The pilots’ union met Pilot K. Marsh in the U.K. at 4.5 knots.")]
    [InlineData("Smith&Daughters said the NORSEC's fleet, the captain's-mate and J.R. Hale's crew left Gen. Moss. Then rock'98 began.")]
    [InlineData("e.g. the ferry’s crew, the U.S.' ports and A.B.C. Lines: “Ready.” 3.5.6 of O'Neil's mates’ logs.")]
    public void A_reading_made_from_another_reads_again_only_the_words_that_differ(string text)
    {
        var names = Tokenizer.Tokenize(text, TokenPolicy.Names);
        var clauses = Tokenizer.Tokenize(text, TokenPolicy.Clauses);

        Assert.Equal(AsWritten(clauses), AsWritten(Tokenizer.Reread(text, names, TokenPolicy.Clauses)));
        Assert.Equal(names, Tokenizer.Reread(text, clauses, TokenPolicy.Names));
    }

    /// <summary>
    /// What every reading that keeps possessives sees of each token: its extent as written and its flags, but not
    /// whether its own reading left a possessive out or would read it otherwise.
    /// </summary>
    internal static IEnumerable<(int Start, int Length, TokenFlags Flags)> AsWritten(Token[] tokens) =>
        tokens.Select(t => (t.Start, t.WrittenLength, t.Flags & ~(TokenFlags.Possessive | TokenFlags.PossessiveS | TokenFlags.ReadsOtherwise)));
}
