using System.Text;

namespace NewsGen.Extraction.Text;

/// <summary>
/// Whether an article file decoded into usable text, decided the same way in a build (from the compiler's decoding)
/// and in the <c>newsgen</c> tool (which decodes the bytes as the compiler does), so both accept or reject a file alike.
/// </summary>
/// <remarks>
/// The compiler reads an additional file as strict UTF-8 unless a byte-order mark names UTF-8 or UTF-16 (there is no
/// UTF-32 mark for it: <c>FF FE 00 00</c> reads as UTF-16 LE, whose NULs then make the file binary, NG4002). Bytes
/// that are not valid strict UTF-8 make it fall back to a legacy code page. After a byte-order mark it decodes with
/// replacement, so a U+FFFD there may stand for broken bytes or a lone surrogate; without one, a U+FFFD was written in
/// the file (scraped text often has it) and is kept.
/// </remarks>
public static class ArticleDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // ISO-8859-1 maps every byte to a character, so text that is not UTF-8 can still be shown.
    private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

    /// <summary>
    /// True when <paramref name="text"/>, decoded with <paramref name="encoding"/> (null: given as a string), is the
    /// file's own text rather than a fallback or replacement decoding.
    /// </summary>
    public static bool IsValid(string text, Encoding? encoding) =>
        encoding switch
        {
            null => true,
            UTF8Encoding when encoding.GetPreamble().Length == 0 => true,
            UTF8Encoding or UnicodeEncoding or UTF32Encoding => text.IndexOf('\uFFFD') < 0,
            _ => false,
        };

    /// <summary>The bytes of a file decoded as the compiler decodes an additional file, and <see cref="IsValid"/> of the result.</summary>
    public static (string Text, bool Valid) Decode(byte[] bytes)
    {
        var (text, encoding) = DecodeAsCompiler(bytes);
        return (text, IsValid(text, encoding));
    }

    private static (string Text, Encoding Encoding) DecodeAsCompiler(byte[] bytes)
    {
        if (HasPrefix(bytes, 0xFE, 0xFF))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), Encoding.BigEndianUnicode);
        }

        if (HasPrefix(bytes, 0xFF, 0xFE))
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Encoding.Unicode);
        }

        if (HasPrefix(bytes, 0xEF, 0xBB, 0xBF))
        {
            return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), Encoding.UTF8);
        }

        try
        {
            return (StrictUtf8.GetString(bytes), StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            return (Latin1.GetString(bytes), Latin1);
        }
    }

    private static bool HasPrefix(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
