using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsGen.Generator.Emission;

namespace NewsGen.Generator.Tests.Emission;

public class CSharpLiteralTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\dir", "\"C:\\\\dir\"")]
    [InlineData("a\nb\tc", "\"a\\nb\\tc\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData("line\u2028para\u2029next\u0085", "\"line\\u2028para\\u2029next\\u0085\"")]
    [InlineData("\u202Eevil\u202C \u2066x\u2069", "\"\\u202Eevil\\u202C \\u2066x\\u2069\"")]
    [InlineData("no\u00A0break", "\"no\\u00A0break\"")]
    [InlineData("emoji \U0001F600", "\"emoji \\U0001F600\"")]
    [InlineData("caf\u00E9 \u2018q\u2019 \u2014", "\"caf\u00E9 \u2018q\u2019 \u2014\"")]
    public void Escapes_what_could_break_or_hide_code(string text, string expected)
    {
        Assert.Equal(expected, CSharpLiteral.String(text));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        Assert.Equal("\"a\\uFFFDb\\uFFFD\"", CSharpLiteral.String("a\uD800b\uDC00"));
    }

    [Fact]
    public void Content_is_a_UTF8_literal()
    {
        Assert.Equal("\"x\\\"y\"u8", CSharpLiteral.Utf8("x\"y"));
        Assert.Equal("\"\"u8", CSharpLiteral.Utf8(string.Empty));
    }

    [Fact]
    public void Every_character_round_trips_through_the_CSharp_parser()
    {
        var everyBmpCharacter = new string(Enumerable.Range(0, 0x10000).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => (char)c).ToArray());
        var text = everyBmpCharacter + "\U0001F600\U0010FFFF";

        var literal = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(CSharpLiteral.String(text));

        Assert.Empty(literal.GetDiagnostics());
        Assert.Equal(text, literal.Token.ValueText);
        Assert.True(CSharpLiteral.String(text).All(c => c >= ' ' && !char.IsSurrogate(c) && c is not ('\u2028' or '\u2029' or '\u0085' or '\u202E')));
    }

    [Fact]
    public void UTF8_literals_parse_for_every_character()
    {
        var text = "\u0000\u0001 \u007F\u0080 \u00FF \u0100 \uFFFD \uFFFF \U0001F600 \"\\";

        var expression = SyntaxFactory.ParseExpression(CSharpLiteral.Utf8(text));

        Assert.Empty(expression.GetDiagnostics());
        var literal = expression.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>().Single();
        Assert.Equal(SyntaxKind.Utf8StringLiteralToken, literal.Token.Kind());
        Assert.Equal(text, literal.Token.ValueText);
    }
}
